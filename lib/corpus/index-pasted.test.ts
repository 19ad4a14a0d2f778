import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../gazetteer/build";
import { fileFixture, placeFixture } from "../gazetteer/test-places";
import { geoparse } from "../geoparse";
import { buildCorpusIndex } from "./build-index";
import { indexPastedArticle, MAX_DERIVED_TITLE_CHARS, UNTITLED } from "./index-pasted";
import { buildTimeline, mentionsPerArticle } from "../explore/timeline";
import { addToTimeline, mergePastedView, pastedQuotes, planMergedPage } from "./merge-pasted";
import { PASTED_ARTICLE_ID } from "./pasted-id";
import type { CorpusView } from "./view";

// The real builder and geoparser on a tiny gazetteer: nothing of ours is mocked.
const gazetteer = buildGazetteer([
  fileFixture("test.json", [
    placeFixture({ id: "tarhuna", nameAr: "ترهونة", nameEn: "Tarhuna", lat: 32.43, lon: 13.63 }),
    placeFixture({ id: "gharyan", nameAr: "غريان", nameEn: "Gharyan", lat: 32.17, lon: 13.02 }),
    placeFixture({ id: "sirte", nameAr: "سرت", nameEn: "Sirte", lat: 31.2, lon: 16.58 }),
  ]),
]);
const sources = { parse: (t: string) => geoparse(t, gazetteer), placeById: (id: string) => gazetteer.byId.get(id) };
const TEXT = "اشتباكات جنوب العاصمة\nاندلعت اشتباكات قرب ترهونة صباح اليوم. وقال مصدر في غريان إن الطريق إلى ترهونة مغلق.";

describe("indexPastedArticle", () => {
  const pasted = indexPastedArticle({ text: TEXT }, sources);

  it("counts each place the text names, under the pasted article id", () => {
    expect(pasted.places.map((p) => [p.id, p.count, p.countsByArticle])).toEqual([
      ["tarhuna", 2, { [PASTED_ARTICLE_ID]: 2 }],
      ["gharyan", 1, { [PASTED_ARTICLE_ID]: 1 }],
    ]);
  });

  it("quotes the sentence with the name's offsets, and carries the article for the popup", () => {
    const [first, second] = pasted.mentionsByPlace.get("tarhuna")!;
    expect(first!.excerpt.text).toBe("اندلعت اشتباكات قرب ترهونة صباح اليوم.");
    expect(first!.excerpt.text.slice(first!.excerpt.highlightStart, first!.excerpt.highlightEnd)).toBe("ترهونة");
    expect(TEXT.slice(second!.start, second!.end)).toBe("ترهونة");
    expect(first!.article).toEqual({ id: PASTED_ARTICLE_ID, title: "اشتباكات جنوب العاصمة", published: null });
  });

  it("uses the given title and date, else the first line, else a placeholder", () => {
    const dated = indexPastedArticle({ text: TEXT, title: "  عنوان  ", published: { from: "2020-06-05", to: "2020-06-05" } }, sources);
    expect(dated.article).toMatchObject({ id: PASTED_ARTICLE_ID, title: "عنوان", published: { from: "2020-06-05", to: "2020-06-05" } });
    expect(indexPastedArticle({ text: "   \n" }, sources).article.title).toBe(UNTITLED);
    const paragraph = "اندلعت اشتباكات قرب ترهونة صباح اليوم ".repeat(5).trim();
    const cut = indexPastedArticle({ text: paragraph }, sources).article.title;
    expect(cut.endsWith("…")).toBe(true);
    expect(cut.length).toBeLessThanOrEqual(MAX_DERIVED_TITLE_CHARS + 1);
    expect(paragraph.startsWith(cut.slice(0, -1))).toBe(true);
    expect(paragraph[cut.length - 1]).toBe(" ");
  });

  it("gives what the corpus index gives for the same article", () => {
    const corpus = buildCorpusIndex([{ id: PASTED_ARTICLE_ID, file: "x", title: "t", published: null, text: TEXT }], sources);
    expect(pasted.places).toEqual(corpus.places);
    expect(pasted.mentionsByPlace.get("gharyan")!.map((m) => m.excerpt)).toEqual(corpus.mentionsByPlace.get("gharyan")!.map((m) => m.excerpt));
  });
});

describe("mergePastedView", () => {
  const savedIndex = buildCorpusIndex(
    [
      { id: "003", file: "003_a.txt", title: "a", published: { from: "2020-07-03", to: "2020-07-03" }, text: "وصلت القوات إلى سرت ثم إلى ترهونة." },
      { id: "004", file: "004_b.txt", title: "b", published: { from: "2020-06-06", to: "2020-06-07" }, text: "هدوء في سرت." },
    ],
    sources,
  );
  // The server's answer for the whole corpus, as GET /api/view gives it.
  const server: CorpusView = {
    places: savedIndex.places.map(({ countsByArticle: _c, ...p }) => p),
    timeline: buildTimeline(savedIndex.articles, mentionsPerArticle(savedIndex.places)),
    sources: [],
    articles: { total: 2, offset: 0, limit: 50, articles: [] },
    totals: { mentions: 3, articles: 2 },
  };
  const undated = indexPastedArticle({ text: TEXT }, sources);
  const june = indexPastedArticle({ text: TEXT, published: { from: "2020-06-10", to: "2020-06-10" } }, sources);
  const shown = (v: { places: { id: string; count: number; unsaved?: number }[] }) => v.places.map((p) => [p.id, p.count, p.unsaved ?? 0]);

  it("adds the pasted counts to places both name, adds places only the paste names, and marks them unsaved", () => {
    const merged = mergePastedView(server, undated, {});
    expect(shown(merged)).toEqual([
      ["tarhuna", 3, 2],
      ["sirte", 2, 0],
      ["gharyan", 1, 1],
    ]);
    expect(merged.totals).toEqual({ mentions: 6, articles: 3 });
    expect([merged.pasted?.id, merged.pasted?.mentionCount]).toEqual([PASTED_ARTICLE_ID, 3]);
    expect(merged.articles).toBe(server.articles);
    expect(merged.timeline.undated).toBe(3);
    expect(merged.timeline.undatedArticles).toBe(1);
  });

  it("counts only the pasted mentions whose whole sentence matches the topic", () => {
    // «وقال مصدر في غريان إن الطريق إلى ترهونة مغلق.» is the one sentence saying مغلق.
    const merged = mergePastedView(server, undated, { what: "مغلق" });
    expect(shown(merged)).toEqual([
      ["sirte", 2, 0],
      ["tarhuna", 2, 1],
      ["gharyan", 1, 1],
    ]);
    expect(pastedQuotes(undated, "tarhuna", { what: "مغلق" }).map((m) => m.excerpt.text)).toEqual([
      "وقال مصدر في غريان إن الطريق إلى ترهونة مغلق.",
    ]);
    // A topic none of its sentences holds leaves it out of the counts and the article list.
    const none = mergePastedView(server, undated, { what: "نفط" });
    expect(shown(none)).toEqual(shown(server));
    expect(none.pasted).toBeUndefined();
  });

  it("leaves it out under an outlet choice (it has none) and under an article choice without it", () => {
    const bySource = mergePastedView(server, undated, { sources: ["Al Wasat"] });
    expect(shown(bySource)).toEqual(shown(server));
    expect(bySource.pasted).toBeUndefined();
    expect(bySource.totals.articles).toBe(2);
    expect(bySource.timeline).toEqual(server.timeline);
    const byArticle = mergePastedView(server, undated, { articles: ["003"] });
    expect(shown(byArticle)).toEqual(shown(server));
    expect(byArticle.timeline).toEqual(server.timeline);
    // The Articles tab still lists it: the article choice is made there.
    expect(byArticle.pasted?.id).toBe(PASTED_ARTICLE_ID);
    expect(shown(mergePastedView(server, undated, { articles: ["003", PASTED_ARTICLE_ID] }))[0]).toEqual(["tarhuna", 3, 2]);
  });

  it("follows the dates on the map and the list, but the timeline shows it whatever the dates", () => {
    const july = mergePastedView(server, june, { from: "2020-07-01" });
    expect(shown(july)).toEqual(shown(server));
    expect(july.pasted).toBeUndefined();
    const week = july.timeline.bins.find((b) => b.start <= "2020-06-10" && b.end >= "2020-06-10")!;
    const before = server.timeline.bins.find((b) => b.start === week.start)!;
    expect(week.count).toBeCloseTo(before.count + 3);
    expect(july.timeline.unit).toBe(server.timeline.unit);
    expect(mergePastedView(server, june, { from: "2020-06-01", to: "2020-06-30" }).places[0]).toMatchObject({ id: "tarhuna", unsaved: 2 });
  });

  it("changes no input, and gives the server's view as it is when nothing is pasted", () => {
    const copy = structuredClone(server);
    mergePastedView(server, undated, {});
    expect(server).toEqual(copy);
    expect(mergePastedView(server, null, {})).toBe(server);
  });
});

describe("addToTimeline", () => {
  const base = buildTimeline(
    [{ id: "a", published: { from: "2020-06-01", to: "2020-06-14" } }],
    new Map([["a", 4]]),
  );
  it("adds an article's mentions to the bins its days fall in, keeping the total", () => {
    const more = addToTimeline(base, { from: "2020-06-03", to: "2020-06-03" }, 2);
    expect(more.unit).toBe("week");
    expect(more.bins.map((b) => b.count)).toEqual([4, 2]);
    expect(more.bins.reduce((n, b) => n + b.count, 0)).toBeCloseTo(6);
  });
  it("widens the span for an article outside it, and counts an undated one apart", () => {
    const later = addToTimeline(base, { from: "2021-06-03", to: "2021-06-03" }, 2);
    expect(later.unit).toBe("month");
    expect(later.bins[0]!.start).toBe("2020-06-01");
    expect(later.bins.at(-1)!.end).toBe("2021-06-30");
    expect(later.bins.reduce((n, b) => n + b.count, 0)).toBeCloseTo(6);
    expect(addToTimeline(base, null, 2)).toMatchObject({ bins: base.bins, undated: 2, undatedArticles: 1 });
    expect(addToTimeline(base, null, 0)).toBe(base);
  });
});

describe("planMergedPage", () => {
  it("serves the pasted quotes first, then the saved ones", () => {
    expect(planMergedPage(0, 5, 2, 10)).toEqual({ pasted: { start: 0, end: 2 }, saved: { offset: 0, limit: 3 } });
    expect(planMergedPage(5, 5, 2, 10)).toEqual({ pasted: { start: 2, end: 2 }, saved: { offset: 3, limit: 5 } });
    expect(planMergedPage(10, 5, 2, 10)).toEqual({ pasted: { start: 2, end: 2 }, saved: { offset: 8, limit: 2 } });
  });
  it("asks the server for nothing when the page holds only pasted quotes or there are no saved ones", () => {
    expect(planMergedPage(0, 5, 7, 3)).toEqual({ pasted: { start: 0, end: 5 }, saved: null });
    expect(planMergedPage(0, 5, 2, 0)).toEqual({ pasted: { start: 0, end: 2 }, saved: null });
  });
  it("covers every quote exactly once across pages", () => {
    for (const [p, s] of [[0, 12], [3, 0], [4, 9], [5, 5], [13, 2]] as const) {
      const seen: string[] = [];
      for (let off = 0; off < p + s; off += 5) {
        const plan = planMergedPage(off, 5, p, s);
        for (let i = plan.pasted.start; i < plan.pasted.end; i++) seen.push(`p${i}`);
        if (plan.saved) for (let i = 0; i < plan.saved.limit; i++) seen.push(`s${plan.saved.offset + i}`);
      }
      expect(seen).toEqual([...Array.from({ length: p }, (_, i) => `p${i}`), ...Array.from({ length: s }, (_, i) => `s${i}`)]);
    }
  });
});

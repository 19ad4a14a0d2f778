import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../gazetteer/build";
import { fileFixture, placeFixture } from "../gazetteer/test-places";
import { geoparse } from "../geoparse";
import { buildCorpusIndex } from "./build-index";
import { indexPastedArticle, MAX_DERIVED_TITLE_CHARS, UNTITLED } from "./index-pasted";
import { mergePastedPlaces, planMergedPage } from "./merge-pasted";
import { PASTED_ARTICLE_ID, unsavedCount } from "./pasted-id";

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

describe("mergePastedPlaces", () => {
  const saved = buildCorpusIndex(
    [
      { id: "003", file: "003_a.txt", title: "a", published: null, text: "وصلت القوات إلى سرت ثم إلى ترهونة." },
      { id: "004", file: "004_b.txt", title: "b", published: null, text: "هدوء في سرت." },
    ],
    sources,
  ).places;
  const pasted = indexPastedArticle({ text: TEXT }, sources).places;
  const merged = mergePastedPlaces(saved, pasted);

  it("adds the pasted counts to places both name, and adds places only the paste names", () => {
    expect(merged.map((p) => [p.id, p.count, p.countsByArticle])).toEqual([
      ["tarhuna", 3, { "003": 1, [PASTED_ARTICLE_ID]: 2 }],
      ["sirte", 2, { "003": 1, "004": 1 }],
      ["gharyan", 1, { [PASTED_ARTICLE_ID]: 1 }],
    ]);
    expect(merged.map(unsavedCount)).toEqual([2, 0, 1]);
  });

  it("changes neither input, and returns the saved places alone when nothing is pasted", () => {
    expect(saved.find((p) => p.id === "tarhuna")!.countsByArticle).toEqual({ "003": 1 });
    expect(mergePastedPlaces(saved, [])).toEqual(saved);
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

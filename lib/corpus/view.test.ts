import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/load";
import { importSeeds, openStore } from "../store";
import type { Store } from "../store/types";
import { quotePage } from "./quote-page";
import { corpusView } from "./view";

let dir: string;
let store: Store;
const gazetteer = loadGazetteer();
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "khabar-view-"));
  store = openStore({ path: join(dir, "k.db") });
  importSeeds(store, "seeds");
  store.addArticles([
    { title: "أ", text: "قصفت طائرة مسيرة مواقع قرب سرت.", published: { from: "2014-07-20", to: "2014-07-20" }, source: "صحيفة أ", origin: "a.txt" },
    { title: "ب", text: "اجتماع في سرت لبحث الكهرباء.", published: { from: "2014-08-02", to: "2014-08-02" }, source: "صحيفة ب", origin: "b.txt" },
  ]);
});
afterAll(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("corpusView: what the map shows under a filter", () => {
  it("counts places under the filter, most first, with the gazetteer's names", () => {
    const all = corpusView(store, gazetteer);
    const counts = all.places.map((p) => p.count);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(all.totals).toEqual({ mentions: counts.reduce((a, b) => a + b, 0), articles: 7 });
    const july = corpusView(store, gazetteer, { from: "2014-07", to: "2014-07-31" });
    expect(july.places.map((p) => [p.id, p.nameEn, p.count])).toEqual([["sirte", "Sirte", 1]]);
    expect(july.articles.articles.map((a) => a.title)).toEqual(["أ"]);
  });

  it("draws the timeline under every filter but the dates, and the outlets under every filter but the outlets", () => {
    const v = corpusView(store, gazetteer, { from: "2014-07-01", to: "2014-07-31", sources: ["صحيفة أ"] });
    expect(v.places.map((p) => p.id)).toEqual(["sirte"]);
    // The timeline still holds outlet A's July report, whatever the dates chosen…
    expect(v.timeline.bins.reduce((n, b) => n + b.count, 0)).toBe(1);
    // …and the facet still lists outlet B (0 in July, so it is left out) beside A.
    expect(v.sources).toEqual([{ name: "صحيفة أ", articles: 1, mentions: 1 }]);
    const both = corpusView(store, gazetteer, { sources: ["صحيفة أ"] });
    expect(both.sources.map((s) => s.name).sort()).toEqual(["صحيفة أ", "صحيفة ب"]);
  });

  it("keeps only the mentions whose sentence holds the topic", () => {
    const v = corpusView(store, gazetteer, { q: "المسيرة", from: "2014-01", to: "2014-12-31" });
    // The drone strike near Sirte counts; the meeting in Sirte does not.
    expect(v.places.map((p) => [p.id, p.count])).toEqual([["sirte", 1]]);
    const quotes = quotePage(store, gazetteer, "sirte", { q: "المسيرة" }, { limit: 100 })!.mentions;
    expect(quotes.length).toBeGreaterThan(0);
    for (const q of quotes) expect(q.excerpt.text).toMatch(/مسير/);
  });
});

describe("quotePage", () => {
  it("gives quotes with the name highlighted, its article and outlet, under the filter", () => {
    const page = quotePage(store, gazetteer, "sirte", { sources: ["صحيفة ب"] }, { limit: 5 })!;
    expect(page.total).toBe(1);
    const [q] = page.mentions;
    expect(q!.excerpt.text.slice(q!.excerpt.highlightStart, q!.excerpt.highlightEnd)).toBe("سرت");
    expect(q!.article).toEqual({ id: q!.articleId, title: "ب", published: { from: "2014-08-02", to: "2014-08-02" }, source: "صحيفة ب" });
    expect(q!.event).toEqual({ role: "civil", cue: expect.any(Array) });
    expect(page.place.nameAr).toBe("سرت");
  });

  it("is undefined for a place with no mention in the store, and an empty page when the filter keeps none", () => {
    expect(quotePage(store, gazetteer, "kufra", {}, {})).toBeUndefined();
    expect(quotePage(store, gazetteer, "sirte", { q: "نفط" }, {})!.total).toBe(0);
  });
});

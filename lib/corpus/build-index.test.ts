import { describe, expect, it } from "vitest";
import { buildGazetteer } from "../gazetteer/build";
import { fileFixture, placeFixture } from "../gazetteer/test-places";
import { geoparse } from "../geoparse";
import { buildCorpusIndex } from "./build-index";
import type { Article } from "./types";

// A tiny gazetteer through the real builder, and the real geoparser: nothing of ours is mocked.
const gazetteer = buildGazetteer([
  fileFixture("test.json", [
    placeFixture({ id: "sirte", nameAr: "سرت", nameEn: "Sirte", lat: 31.206, lon: 16.5836 }),
    placeFixture({ id: "misrata", nameAr: "مصراتة", nameEn: "Misrata", aliases: { ar: ["مصراته"], en: [] }, lat: 32.37, lon: 15.09 }),
    placeFixture({ id: "libya", nameAr: "ليبيا", nameEn: "Libya", kind: "country", precisionKm: 800 }),
  ]),
]);
const sources = { parse: (t: string) => geoparse(t, gazetteer), placeById: (id: string) => gazetteer.byId.get(id) };

function article(id: string, text: string, published: Article["published"]): Article {
  return { id, file: `${id}_x.txt`, title: `خبر ${id}`, published, text };
}

const articles = [
  article("001", "عنوان أول\nقصفت القوات مواقع في مدينة سرت. وقال مصدر إن مدينة مصراتة هادئة.", { from: "2020-01-10", to: "2020-01-12" }),
  article("002", "عنوان ثان\nعادت الطائرات إلى سرت، ثم إلى مصراته في ليبيا.", { from: "2020-07-01", to: "2020-07-03" }),
  article("003", "عنوان ثالث\nلا جديد في مدينة سرت اليوم.", null),
];

describe("buildCorpusIndex", () => {
  const index = buildCorpusIndex(articles, sources, [{ file: "bad.txt", message: "empty article" }]);

  it("summarises each place with its total and per-article counts, most mentioned first", () => {
    expect(index.places.map((p) => [p.id, p.count, p.countsByArticle])).toEqual([
      ["sirte", 3, { "001": 1, "002": 1, "003": 1 }],
      ["misrata", 2, { "001": 1, "002": 1 }],
      ["libya", 1, { "002": 1 }],
    ]);
    const sirte = index.places[0]!;
    expect([sirte.nameAr, sirte.nameEn, sirte.kind, sirte.lat, sirte.lon]).toEqual(["سرت", "Sirte", "city", 31.206, 16.5836]);
  });

  it("keeps countries in the index", () => {
    expect(index.places.find((p) => p.id === "libya")?.kind).toBe("country");
  });

  it("orders articles and each place's mentions newest article first, undated last", () => {
    expect(index.articles.map((a) => a.id)).toEqual(["002", "001", "003"]);
    expect(index.mentionsByPlace.get("sirte")!.map((m) => m.articleId)).toEqual(["002", "001", "003"]);
    expect("text" in index.articles[0]!).toBe(false);
  });

  it("quotes each mention's sentence with the name highlighted at the geoparser's offsets", () => {
    for (const list of index.mentionsByPlace.values()) {
      for (const m of list) {
        const text = articles.find((a) => a.id === m.articleId)!.text;
        expect(text.slice(m.start, m.end)).toBe(m.surface);
        expect(m.excerpt.text.slice(m.excerpt.highlightStart, m.excerpt.highlightEnd)).toBe(m.surface);
        expect(m.id).toBe(`${m.articleId}:${m.start}`);
      }
    }
    const misrata001 = index.mentionsByPlace.get("misrata")!.find((m) => m.articleId === "001")!;
    expect(misrata001.excerpt.text).toBe("وقال مصدر إن مدينة مصراتة هادئة.");
    const misrata002 = index.mentionsByPlace.get("misrata")!.find((m) => m.articleId === "002")!;
    expect(misrata002.surface).toBe("مصراته");
  });

  it("looks each article up by id, the same metadata as the list holds", () => {
    expect(index.articleById.size).toBe(index.articles.length);
    for (const a of index.articles) expect(index.articleById.get(a.id)).toBe(a);
    expect(index.articleById.get("999")).toBeUndefined();
  });

  it("lists each article's mentions in text order and passes reading errors on", () => {
    expect(index.mentionsByArticle.get("002")!.map((m) => m.placeId)).toEqual(["sirte", "misrata", "libya"]);
    expect(index.errors).toEqual([{ file: "bad.txt", message: "empty article" }]);
  });

  it("reports a mention of a place the gazetteer does not know", () => {
    const odd = buildCorpusIndex([articles[2]!], { ...sources, placeById: () => undefined });
    expect(odd.places).toEqual([]);
    expect(odd.errors[0]!.file).toBe("003_x.txt");
    expect(odd.errors[0]!.message).toMatch(/unknown place "sirte"/);
  });
});


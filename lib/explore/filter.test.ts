import { describe, expect, it } from "vitest";
import type { ArticleMeta, PlaceSummary } from "../corpus/types";
import { filterPlaces, selectArticles } from "./filter";

function article(id: string, published: { from: string; to: string } | null): ArticleMeta {
  return { id, file: `${id}_x.txt`, title: `Article ${id}`, published };
}

// The seed articles' real ranges (seeds/articles.json) plus one undated article.
const articles: ArticleMeta[] = [
  article("000", { from: "2020-02-01", to: "2020-02-29" }),
  article("001", { from: "2020-01-12", to: "2020-03-01" }),
  article("002", { from: "2020-01-20", to: "2020-01-31" }),
  article("003", { from: "2020-07-03", to: "2020-07-03" }),
  article("004", { from: "2020-06-06", to: "2020-06-07" }),
  article("005", null),
];
const ids = (s: Set<string>) => [...s].sort();

describe("selectArticles", () => {
  it("keeps every article with no filter, undated ones listed apart", () => {
    const sel = selectArticles(articles);
    expect(ids(sel.included)).toEqual(["000", "001", "002", "003", "004", "005"]);
    expect(sel.undatedIncluded).toEqual(["005"]);
  });

  it("keeps articles whose range overlaps June–July 2020, and the undated one", () => {
    const sel = selectArticles(articles, { from: "2020-06-01", to: "2020-07-31" });
    expect(ids(sel.included)).toEqual(["003", "004", "005"]);
    expect(sel.undatedIncluded).toEqual(["005"]);
  });

  it("counts partial overlap at either end and touching single days (inclusive ends)", () => {
    // 001 runs 12 Jan – 1 Mar: a filter that only touches its last day keeps it.
    expect(ids(selectArticles(articles, { from: "2020-03-01", to: "2020-03-31" }).included)).toEqual(["001", "005"]);
    // 002 ends 31 Jan, 000 starts 1 Feb: the day 2020-01-31 keeps 001 and 002, not 000.
    expect(ids(selectArticles(articles, { from: "2020-01-31", to: "2020-01-31" }).included)).toEqual([
      "001",
      "002",
      "005",
    ]);
    // a range strictly inside 001's range keeps it
    expect(ids(selectArticles(articles, { from: "2020-02-10", to: "2020-02-11" }).included)).toEqual([
      "000",
      "001",
      "005",
    ]);
  });

  it("treats a missing end as open", () => {
    expect(ids(selectArticles(articles, { from: "2020-06-07" }).included)).toEqual(["003", "004", "005"]);
    expect(ids(selectArticles(articles, { from: "2020-06-08" }).included)).toEqual(["003", "005"]);
    expect(ids(selectArticles(articles, { to: "2020-01-19" }).included)).toEqual(["001", "005"]);
  });

  it("excludes every dated article outside the range but never the undated one", () => {
    const sel = selectArticles(articles, { from: "2021-01-01", to: "2021-12-31" });
    expect(ids(sel.included)).toEqual(["005"]);
    expect(sel.undatedIncluded).toEqual(["005"]);
  });

  it("reads a reversed range the right way round", () => {
    expect(ids(selectArticles(articles, { from: "2020-07-31", to: "2020-06-01" }).included)).toEqual([
      "003",
      "004",
      "005",
    ]);
  });

  it("ignores a malformed date, leaving that end open", () => {
    expect(ids(selectArticles(articles, { from: "2020-06-01", to: "not-a-date" }).included)).toEqual([
      "003",
      "004",
      "005",
    ]);
    expect(ids(selectArticles(articles, { from: "2020-02-30" }).included)).toHaveLength(6);
  });

  it("keeps only the chosen articles, one or several, ignoring unknown ids", () => {
    expect(ids(selectArticles(articles, { articles: ["002"] }).included)).toEqual(["002"]);
    const several = selectArticles(articles, { articles: ["002", "004", "005", "999"] });
    expect(ids(several.included)).toEqual(["002", "004", "005"]);
    expect(several.undatedIncluded).toEqual(["005"]);
    expect(selectArticles(articles, { articles: ["002"] }).undatedIncluded).toEqual([]);
  });

  it("combines chosen articles with the date range", () => {
    const sel = selectArticles(articles, { articles: ["002", "003"], from: "2020-06-01", to: "2020-07-31" });
    expect(ids(sel.included)).toEqual(["003"]);
  });

  it("treats an empty article list as no article filter", () => {
    expect(selectArticles(articles, { articles: [] }).included.size).toBe(6);
  });

  it("treats an article with an invalid published range as undated", () => {
    const sel = selectArticles([article("x", { from: "2020-02-30", to: "2020-03-01" })], { from: "2099-01-01" });
    expect(ids(sel.included)).toEqual(["x"]);
    expect(sel.undatedIncluded).toEqual(["x"]);
  });
});

function place(id: string, countsByArticle: Record<string, number>): PlaceSummary {
  const count = Object.values(countsByArticle).reduce((a, b) => a + b, 0);
  return { id, nameAr: "اسم", nameEn: id, kind: "city", lat: 31, lon: 16, precisionKm: 5, country: "LY", count, countsByArticle };
}

describe("filterPlaces", () => {
  const places = [
    place("sirte", { "000": 1, "003": 2, "004": 3 }),
    place("abu-qurain", { "001": 2, "002": 4 }),
    place("jufra", { "003": 1 }),
  ];

  it("recounts each place over the kept articles and drops places left empty", () => {
    const kept = filterPlaces(places, selectArticles(articles, { from: "2020-06-01", to: "2020-07-31" }).included);
    expect(kept.map((p) => [p.id, p.count])).toEqual([
      ["sirte", 5],
      ["jufra", 1],
    ]);
    expect(kept[0]!.countsByArticle).toEqual({ "003": 2, "004": 3 });
  });

  it("recounts for several chosen articles", () => {
    const kept = filterPlaces(places, new Set(["002", "004"]));
    expect(kept.map((p) => [p.id, p.count])).toEqual([
      ["sirte", 3],
      ["abu-qurain", 4],
    ]);
  });

  it("leaves the input untouched and returns nothing for an empty selection", () => {
    expect(filterPlaces(places, new Set())).toEqual([]);
    expect(places[0]!.count).toBe(6);
    expect(places[0]!.countsByArticle).toEqual({ "000": 1, "003": 2, "004": 3 });
  });

  it("keeps every place with its full count when every article is kept", () => {
    expect(filterPlaces(places, new Set(articles.map((a) => a.id)))).toEqual(places);
  });
});


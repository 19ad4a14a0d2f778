import { describe, expect, it } from "vitest";
import { parseViewState } from "@/lib/url-state";
import { pageOf } from "../panel/use-article-page";
import { sourceRows } from "../panel/source-rows";
import { articleListUrl, filterOfQuery, filterQuery, viewApiUrl, viewFilter } from "./view-filter";

describe("the view's filter as the API reads it", () => {
  it("keeps only what narrows the counts, and leaves empty fields out", () => {
    expect(viewFilter({ place: "sirte", zoom: 9, q: "سرت", articles: [], what: "نفط", sources: ["Al Wasat"] })).toEqual({
      what: "نفط",
      sources: ["Al Wasat"],
    });
    expect(filterQuery({ panel: "articles", lang: "ar", center: { lat: 30, lon: 18 } })).toBe("");
    expect(viewApiUrl("")).toBe("/api/view");
  });

  it("writes the same query for the same filter, and reads it back", () => {
    const a = filterQuery({ to: "2020-07-31", articles: ["004", "002"], what: "طائرة مسيرة", sources: ["بوابة الوسط", "Al Wasat"] });
    const b = filterQuery(parseViewState(`?what=${encodeURIComponent("طائرة  مسيرة")}&a=002,004&source=${encodeURIComponent("Al Wasat|بوابة الوسط")}&to=2020-07-31&z=7`));
    expect(a).toBe(b);
    expect(filterOfQuery(a)).toEqual({ articles: ["002", "004"], to: "2020-07-31", sources: ["Al Wasat", "بوابة الوسط"], what: "طائرة مسيرة" });
  });

  it("asks /api/articles for the outlets, dates and topic, not the article choice, with the page, order and title", () => {
    const url = new URL(articleListUrl("a=002&from=2020-06-01&source=Al%20Wasat&what=%D9%86%D9%81%D8%B7", { offset: 100, limit: 50, sort: "oldest", title: "  سرت " }), "http://x");
    expect(url.pathname).toBe("/api/articles");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      from: "2020-06-01",
      source: "Al Wasat",
      what: "نفط",
      title: "سرت",
      sort: "oldest",
      offset: "100",
      limit: "50",
    });
    expect(new URL(articleListUrl("", { offset: 0, limit: 50, sort: "newest", title: "" }), "http://x").search).toBe("?sort=newest&offset=0&limit=50");
  });
});

describe("pageOf", () => {
  it("counts pages from 1, the last one partial, an empty list one page", () => {
    expect(pageOf(0, 50, 10_005)).toEqual({ page: 1, pages: 201 });
    expect(pageOf(50, 50, 10_005)).toEqual({ page: 2, pages: 201 });
    expect(pageOf(10_000, 50, 10_005)).toEqual({ page: 201, pages: 201 });
    expect(pageOf(0, 50, 0)).toEqual({ page: 1, pages: 1 });
    expect(pageOf(500, 50, 120)).toEqual({ page: 3, pages: 3 });
  });
});

describe("sourceRows", () => {
  it("lists the outlets as given, then chosen ones the other filters leave empty, at 0", () => {
    const listed = [
      { name: "Al Wasat", articles: 2, mentions: 9 },
      { name: "بوابة الوسط", articles: 1, mentions: 3 },
    ];
    expect(sourceRows(listed, ["Al Wasat"])).toEqual(listed);
    expect(sourceRows(listed, ["Libya Observer"])).toEqual([...listed, { name: "Libya Observer", articles: 0, mentions: 0 }]);
    expect(sourceRows([], [])).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import type { ArticleMeta } from "../corpus/types";
import { buildTimeline, mentionsPerArticle } from "./timeline";

type A = Pick<ArticleMeta, "id" | "published">;
const a = (id: string, from: string, to = from): A => ({ id, published: { from, to } });
const sum = (xs: { count: number }[]) => xs.reduce((s, x) => s + x.count, 0);

describe("buildTimeline", () => {
  it("bins a short span by ISO week, Monday to Sunday, empty weeks included", () => {
    const t = buildTimeline([a("x", "2020-01-07"), a("y", "2020-01-22")], new Map([["x", 3], ["y", 2]]));
    expect(t.unit).toBe("week");
    expect(t.bins).toEqual([
      { start: "2020-01-06", end: "2020-01-12", count: 3, articles: 1 },
      { start: "2020-01-13", end: "2020-01-19", count: 0, articles: 0 },
      { start: "2020-01-20", end: "2020-01-26", count: 2, articles: 1 },
    ]);
  });

  it("spreads an article's mentions over the days of its range", () => {
    // 14 days, two full weeks: half each.
    const t = buildTimeline([a("x", "2020-01-06", "2020-01-19")], new Map([["x", 10]]));
    expect(t.bins.map((b) => b.count)).toEqual([5, 5]);
    expect(t.bins.map((b) => b.articles)).toEqual([1, 1]);
    // 3 days in one week, 1 day in the next: 3/4 and 1/4.
    const u = buildTimeline([a("y", "2020-01-10", "2020-01-13")], new Map([["y", 8]]));
    expect(u.bins.map((b) => b.count)).toEqual([6, 2]);
  });

  it("bins the seed articles (12 Jan–3 Jul 2020, under ~6 months) by week, by month when asked, keeping the total", () => {
    const seeds = [
      a("000", "2020-02-01", "2020-02-29"),
      a("001", "2020-01-12", "2020-03-01"),
      a("002", "2020-01-20", "2020-01-31"),
      a("003", "2020-07-03"),
      a("004", "2020-06-06", "2020-06-07"),
    ];
    const counts = new Map([["000", 4], ["001", 50], ["002", 12], ["003", 6], ["004", 2]]);
    const t = buildTimeline(seeds, counts);
    // 2020-01-12 .. 2020-07-03 is 174 days: under ~6 months, so weeks. Force months to check those bins.
    expect(t.unit).toBe("week");
    const m = buildTimeline(seeds, counts, { unit: "month" });
    expect(m.bins.map((b) => b.start)).toEqual([
      "2020-01-01",
      "2020-02-01",
      "2020-03-01",
      "2020-04-01",
      "2020-05-01",
      "2020-06-01",
      "2020-07-01",
    ]);
    expect(m.bins[1]!.end).toBe("2020-02-29");
    // 001 spans 50 days: 20 in January, 29 in February, 1 in March.
    expect(m.bins[0]!.count).toBeCloseTo(12 + 20, 9);
    expect(m.bins[1]!.count).toBeCloseTo(4 + 29, 9);
    expect(m.bins[2]!.count).toBeCloseTo(1, 9);
    expect(m.bins[3]!.count).toBe(0);
    expect(m.bins[5]!.count).toBe(2);
    expect(m.bins[6]!.count).toBe(6);
    expect(m.bins.map((b) => b.articles)).toEqual([2, 2, 1, 0, 0, 1, 1]);
    expect(sum(m.bins)).toBeCloseTo(74, 9);
    expect(sum(t.bins)).toBeCloseTo(74, 9);
  });

  it("chooses months when the span passes ~6 months", () => {
    const t = buildTimeline([a("x", "2020-01-15"), a("y", "2020-08-20")], new Map([["x", 1], ["y", 1]]));
    expect(t.unit).toBe("month");
    expect(t.bins).toHaveLength(8);
    expect(t.bins[0]).toEqual({ start: "2020-01-01", end: "2020-01-31", count: 1, articles: 1 });
    expect(t.bins[7]).toEqual({ start: "2020-08-01", end: "2020-08-31", count: 1, articles: 1 });
  });

  it("counts undated articles apart, and gives no bins when nothing is dated", () => {
    const arts: A[] = [a("x", "2020-01-07"), { id: "u", published: null }, { id: "v", published: null }];
    const t = buildTimeline(arts, new Map([["x", 1], ["u", 4], ["v", 2]]));
    expect(t.undated).toBe(6);
    expect(t.undatedArticles).toBe(2);
    expect(sum(t.bins)).toBe(1);
    const none = buildTimeline([{ id: "u", published: null }], new Map([["u", 4]]));
    expect(none.bins).toEqual([]);
    expect(none.undated).toBe(4);
  });

  it("spans a year boundary by ISO week", () => {
    const t = buildTimeline([a("x", "2019-12-31"), a("y", "2020-01-06")], new Map([["x", 1], ["y", 1]]));
    expect(t.bins.map((b) => [b.start, b.end])).toEqual([
      ["2019-12-30", "2020-01-05"],
      ["2020-01-06", "2020-01-12"],
    ]);
  });

  it("keeps an article with no mentions on the axis but adds nothing", () => {
    const t = buildTimeline([a("x", "2020-01-07")], new Map());
    expect(t.bins).toEqual([{ start: "2020-01-06", end: "2020-01-12", count: 0, articles: 1 }]);
  });
});

describe("mentionsPerArticle", () => {
  it("sums the places' counts per article", () => {
    const m = mentionsPerArticle([{ countsByArticle: { "002": 4, "003": 1 } }, { countsByArticle: { "002": 1 } }]);
    expect([...m].sort()).toEqual([
      ["002", 5],
      ["003", 1],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { getCorpusIndex } from "./index";
import { mentionsPage } from "./mentions-page";

describe("mentionsPage with filters", () => {
  const index = getCorpusIndex();
  const all = index.mentionsByPlace.get("abu-qurain")!;
  const byArticle = new Map<string, number>();
  for (const m of all) byArticle.set(m.articleId, (byArticle.get(m.articleId) ?? 0) + 1);

  it("keeps only the chosen articles' quotes and counts only those", () => {
    const [articleId, n] = [...byArticle][0]!;
    const page = mentionsPage(index, "abu-qurain", 0, 100, { articles: new Set([articleId]) })!;
    expect(page.total).toBe(n);
    expect(page.mentions.every((m) => m.articleId === articleId)).toBe(true);
    expect(mentionsPage(index, "abu-qurain", 0, 5, { articles: new Set(["nope"]) })!.total).toBe(0);
  });

  it("returns the page holding a given mention", () => {
    expect(all.length).toBeGreaterThan(5);
    const last = all[all.length - 1]!;
    const page = mentionsPage(index, "abu-qurain", 0, 5, { at: last.id })!;
    expect(page.offset).toBe(Math.floor((all.length - 1) / 5) * 5);
    expect(page.mentions.map((m) => m.id)).toContain(last.id);
    // An unknown mention leaves the offset as asked.
    expect(mentionsPage(index, "abu-qurain", 5, 5, { at: "999:1" })!.offset).toBe(5);
  });

  it("answers an offset past the end with the whole last page, from its start", () => {
    // Pages of (n - 2): the last page holds the last two quotes.
    const size = all.length - 2;
    const page = mentionsPage(index, "abu-qurain", 10_000, size)!;
    expect(page.offset).toBe(size);
    expect(page.mentions.map((m) => m.id)).toEqual(all.slice(-2).map((m) => m.id));
    expect(mentionsPage(index, "abu-qurain", 0, 5, { articles: new Set(["nope"]) })!.offset).toBe(0);
  });
});

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
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { articleFileName, articlesFileSchema, nextArticleNumber } from "./articles-json";

describe("articlesFileSchema", () => {
  it("accepts the seeds' articles.json", () => {
    const file = JSON.parse(readFileSync(new URL("../../seeds/articles.json", import.meta.url), "utf8"));
    expect(articlesFileSchema.parse(file).articles.length).toBeGreaterThanOrEqual(5);
  });
  it("refuses a reversed range and a bad URL", () => {
    expect(articlesFileSchema.safeParse({ articles: [{ file: "a.txt", published: { from: "2020-02-02", to: "2020-02-01" } }] }).success).toBe(false);
    expect(articlesFileSchema.safeParse({ articles: [{ file: "a.txt", published: null, url: "not a url" }] }).success).toBe(false);
  });
});

describe("nextArticleNumber / articleFileName", () => {
  it("continues after the highest number", () => {
    expect(nextArticleNumber(["000_a.txt", "012_b.txt", "003_c.txt", "articles.json"])).toBe(13);
    expect(nextArticleNumber([])).toBe(0);
  });
  it("pads to three digits and keeps 16 hex digits", () => {
    expect(articleFileName(5, "21a362b9bfaece20aaaa")).toBe("005_21a362b9bfaece20.txt");
    expect(articleFileName(1234, "0123456789abcdef0")).toBe("1234_0123456789abcdef.txt");
  });
});

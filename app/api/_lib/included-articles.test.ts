import { describe, expect, it } from "vitest";
import type { ArticleMeta } from "@/lib/corpus/types";
import { includedArticles } from "./included-articles";

const article = (id: string, published: ArticleMeta["published"]): ArticleMeta => ({ id, file: `${id}.txt`, title: id, published });
const articles = [
  article("002", { from: "2020-01-20", to: "2020-01-31" }),
  article("003", { from: "2020-07-03", to: "2020-07-03" }),
  article("004", { from: "2020-06-06", to: "2020-06-07" }),
  article("009", null),
];

describe("includedArticles", () => {
  it("is undefined when the request sets no filter (and ignores other keys)", () => {
    expect(includedArticles(new URLSearchParams("offset=5&p=sirte"), articles)).toBeUndefined();
  });

  it("keeps the dated articles that overlap the range, and the undated ones", () => {
    expect(includedArticles(new URLSearchParams("from=2020-06-01&to=2020-07-31"), articles)).toEqual(new Set(["003", "004", "009"]));
  });

  it("keeps only the chosen articles, and ignores a malformed value as the page does", () => {
    expect(includedArticles(new URLSearchParams("a=002&from=2020-13-99"), articles)).toEqual(new Set(["002"]));
    expect(includedArticles(new URLSearchParams("a=%3Cscript%3E"), articles)).toBeUndefined();
  });
});

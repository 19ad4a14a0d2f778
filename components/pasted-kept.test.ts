import { describe, expect, it } from "vitest";
import type { ArticleMeta } from "@/lib/corpus/types";
import { pastedArticleKept } from "./pasted-kept";

const undated: ArticleMeta = { id: "pasted", file: "(pasted)", title: "t", published: null };
const june5: ArticleMeta = { ...undated, published: { from: "2020-06-05", to: "2020-06-05" } };

describe("pastedArticleKept", () => {
  it("keeps it with no filter, and an undated one whatever the dates", () => {
    expect(pastedArticleKept(undated, "")).toBe(true);
    expect(pastedArticleKept(undated, "?from=2020-07-01&to=2020-07-31")).toBe(true);
  });
  it("drops it when the article list leaves it out, keeps it when it names it", () => {
    expect(pastedArticleKept(undated, "?a=003")).toBe(false);
    expect(pastedArticleKept(undated, "?a=003,pasted")).toBe(true);
  });
  it("applies the date range to a dated one, ignoring a malformed end", () => {
    expect(pastedArticleKept(june5, "?from=2020-06")).toBe(true);
    expect(pastedArticleKept(june5, "?from=2020-07-01")).toBe(false);
    expect(pastedArticleKept(june5, "?from=2020-13-01")).toBe(true);
  });
});

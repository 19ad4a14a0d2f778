import { describe, expect, it } from "vitest";
import { ARTICLE_ID, MENTION_ID, parseViewState } from "./index";

describe("ARTICLE_ID and MENTION_ID", () => {
  it.each(["002", "misrata-report", "a_b", "Z9"])("an article id %j, and its mentions, pass", (id) => {
    expect(ARTICLE_ID.test(id)).toBe(true);
    expect(MENTION_ID.test(`${id}:0`)).toBe(true);
    expect(MENTION_ID.test(`${id}:161`)).toBe(true);
  });
  it.each(["", "_x", "-x", "تقرير", "misrata.report", "a b", "<b>", "x".repeat(65)])("%j is no article id", (id) => {
    expect(ARTICLE_ID.test(id)).toBe(false);
    expect(MENTION_ID.test(`${id}:161`)).toBe(false);
  });
  it("refuses a mention start with leading zeros, a sign or more than 9 digits", () => {
    for (const m of ["002:0161", "002:-1", "002:1234567890", "002:", "002", ":5"]) expect(MENTION_ID.test(m), m).toBe(false);
  });
  it("is the pattern the URL state reads m with", () => {
    expect(parseViewState("m=002:161").mention).toBe("002:161");
    expect(parseViewState("m=002:0161").mention).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { titleFromText } from "./title";
import { articleIdFromFile } from "./article-id";

describe("titleFromText", () => {
  it("takes the first non-empty line and removes a breadcrumb", () => {
    expect(titleFromText("\n  \nالرئيسية » الدولي » “الوفاق” تطرد  قوات حفتر\n\nنص")).toBe("“الوفاق” تطرد قوات حفتر");
  });
  it("keeps a title that opens with a «quoted» phrase", () => {
    expect(titleFromText("«الجيش الوطني» الليبي يقصف أهدافاً\nنص")).toBe("«الجيش الوطني» الليبي يقصف أهدافاً");
  });
  it("returns an empty string for blank text", () => {
    expect(titleFromText(" \n\t\n")).toBe("");
  });
});

describe("articleIdFromFile", () => {
  it("uses the digits before the first underscore", () => {
    expect(articleIdFromFile("002_6c20427af2e36eef.txt")).toBe("002");
    expect(articleIdFromFile("seeds/010_x_y.txt")).toBe("010");
  });
  it("falls back to the stem", () => {
    expect(articleIdFromFile("misrata-report.txt")).toBe("misrata-report");
    expect(articleIdFromFile("a1_b.txt")).toBe("a1_b");
  });
});

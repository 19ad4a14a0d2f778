import { describe, expect, it } from "vitest";
import { originalIndex, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("returns words with offsets into the original text", () => {
    const text = "بالجفرةِ، وسرت";
    const t = tokenize(text);
    expect(t.map((x) => x.norm)).toEqual(["بالجفره", "وسرت"]);
    for (const tok of t) expect(text.slice(tok.start, tok.end).length).toBeGreaterThan(0);
    expect(text.slice(t[0]!.start, t[0]!.end)).toBe("بالجفرةِ");
    expect(text.slice(t[1]!.start, t[1]!.end)).toBe("وسرت");
  });
  it("keeps a word whole across tatweel and zero-width characters", () => {
    const t = tokenize("لـ”العين طرا\u200Cبلس");
    expect(t.map((x) => x.norm)).toEqual(["ل", "العين", "طرابلس"]);
  });
  it("splits Arabic from Latin only at non-word characters and folds digits", () => {
    expect(tokenize("TB2 بيرقدار ٤٣").map((x) => x.norm)).toEqual(["tb2", "بيرقدار", "43"]);
  });
  it("splits where Arabic letters meet digits or Latin letters", () => {
    const text = "عام 2020طرابلس TB2بيرقدار";
    expect(tokenize(text).map((x) => x.norm)).toEqual(["عام", "2020", "طرابلس", "tb2", "بيرقدار"]);
  });
  it("finds no words in punctuation or empty text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" ، «» \n\u200B")).toEqual([]);
  });
});

describe("originalIndex", () => {
  it("skips ignored marks when counting folded characters", () => {
    const text = "بـالجفرة";
    const [tok] = tokenize(text);
    expect(originalIndex(text, tok!, 1)).toBe(2);
    expect(text.slice(originalIndex(text, tok!, 1), tok!.end)).toBe("الجفرة");
  });
});

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
  it("ends a word at its last letter or tashkeel, not at a trailing RLM, ZWNJ, bidi mark or BOM", () => {
    for (const mark of ["\u200F", "\u200C", "\u200E", "\u202C", "\u2069", "\uFEFF", "\u061C", "\u00AD"]) {
      const text = `في مصراتةَ${mark} اليوم`;
      const t = tokenize(text);
      expect(t.map((x) => x.norm)).toEqual(["في", "مصراته", "اليوم"]);
      expect(text.slice(t[1]!.start, t[1]!.end)).toBe("مصراتةَ");
    }
    // Inside a word an invisible mark still joins it.
    const text = "مصر\u200Cاتة\u200F";
    expect(tokenize(text)).toEqual([{ start: 0, end: 7, norm: "مصراته" }]);
  });
  it("reads presentation forms (PDF text) as the letters they show, offsets into the original", () => {
    const text = "في ﻃﺮﺍﺑﻠﺲ";
    const t = tokenize(text);
    expect(t.map((x) => x.norm)).toEqual(["في", "طرابلس"]);
    expect(text.slice(t[1]!.start, t[1]!.end)).toBe("ﻃﺮﺍﺑﻠﺲ");
  });
  it("reads a lam-alef ligature as two letters; the token still spans the original characters", () => {
    // "الاتحاد" and "لا" written with ﻻ (U+FEFB) and ﻼ (U+FEFC).
    const text = "ﺍﻻﺗﺤﺎﺩ ﻻ ﺍﻟﻐﺮﺏ";
    const t = tokenize(text);
    expect(t.map((x) => x.norm)).toEqual(["الاتحاد", "لا", "الغرب"]);
    expect(t.map((x) => text.slice(x.start, x.end))).toEqual(["ﺍﻻﺗﺤﺎﺩ", "ﻻ", "ﺍﻟﻐﺮﺏ"]);
    expect(t[0]!.norm.length).toBe(t[0]!.end - t[0]!.start + 1);
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
  it("counts a ligature as its letters, and a k inside it gives the ligature itself", () => {
    const text = "ﻭﻻﻳﺔ"; // و + ﻻ + ي + ة: folded "ولايه"
    const [tok] = tokenize(text);
    expect(tok!.norm).toBe("ولايه");
    expect([0, 1, 2, 3, 4, 5].map((k) => originalIndex(text, tok!, k))).toEqual([0, 1, 1, 2, 3, 4]);
  });
});

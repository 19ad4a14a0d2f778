import { describe, expect, it } from "vitest";
import { BREAK, EXPAND, IGNORE, foldCode, foldExpansion, isInvisible } from "./fold";

const f = (ch: string) => foldCode(ch.charCodeAt(0));
const s = (ch: string) => ch.charCodeAt(0);

describe("foldCode", () => {
  it("folds alef forms to bare alef", () => {
    for (const ch of "أإآٱ") expect(f(ch)).toBe(s("ا"));
  });
  it("matches ة with ه, ى and Persian ی with ي, Persian ک with ك", () => {
    expect(f("ة")).toBe(s("ه"));
    expect(f("ى")).toBe(s("ي"));
    expect(f("ی")).toBe(s("ي"));
    expect(f("ک")).toBe(s("ك"));
  });
  it("ignores tashkeel, tatweel, zero-width and bidi controls", () => {
    for (const ch of ["\u064E", "\u0651", "\u0652", "\u0640", "\u200B", "\u200C", "\u200F", "\u202B", "\u2067", "\uFEFF", "\u061C"])
      expect(f(ch)).toBe(IGNORE);
  });
  it("turns Arabic-Indic and Persian digits into ASCII", () => {
    expect(f("٣")).toBe(s("3"));
    expect(f("۷")).toBe(s("7"));
  });
  it("breaks on punctuation and spaces, Arabic ones included", () => {
    for (const ch of [" ", "،", "؛", "؟", "«", "”", ".", "-", "\n"]) expect(f(ch)).toBe(BREAK);
  });
  it("lower-cases Latin letters", () => {
    expect(f("T")).toBe(s("t"));
  });
  it("folds Arabic presentation forms (text copied from a PDF) to their base letters", () => {
    // ﻃ ﺮ ﺍ ﺑ ﻠ ﺲ: initial tah, final reh, isolated alef, initial beh, medial lam, final seen.
    expect([..."ﻃﺮﺍﺑﻠﺲ"].map(f)).toEqual([..."طرابلس"].map(s));
    expect(f("ﺓ")).toBe(s("ه")); // final teh marbuta folds as ة does
    expect(f("ﺃ")).toBe(s("ا")); // isolated alef with hamza above
    expect(f("ﯼ")).toBe(s("ي")); // Farsi yeh, isolated
    expect(f("\uFE76")).toBe(IGNORE); // isolated fatha
    expect(f("\uFDFA")).toBe(BREAK); // ﷺ: a phrase, not a letter of a name
    expect(f("\uFD3E")).toBe(BREAK); // ornate parenthesis
  });
  it("folds a lam-alef ligature to two letters", () => {
    for (const ch of ["\uFEFB", "\uFEFC", "\uFEF7", "\uFEF9", "\uFEF5"]) {
      expect(f(ch)).toBe(EXPAND);
      expect(foldExpansion(ch.charCodeAt(0))).toBe("لا");
    }
    expect(foldExpansion(s("ط"))).toBe("");
  });
  it("tells invisible marks (never the end of a word) from tashkeel", () => {
    for (const ch of ["\u200F", "\u200C", "\u200E", "\u202C", "\u2069", "\uFEFF", "\u00AD", "\u061C"]) expect(isInvisible(s(ch))).toBe(true);
    for (const ch of ["\u064E", "\u0651", "\u0640", "ا"]) expect(isInvisible(s(ch))).toBe(false);
  });
});

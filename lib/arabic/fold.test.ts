import { describe, expect, it } from "vitest";
import { BREAK, IGNORE, foldCode } from "./fold";

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
});

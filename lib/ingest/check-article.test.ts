import { describe, expect, it } from "vitest";
import { arabicLetterShare } from "./arabic-share";
import { checkArticle, checkArticleText, MAX_ARTICLE_BYTES } from "./check-article";
import { duplicateKey } from "./duplicate-key";

const enc = (s: string) => new TextEncoder().encode(s);
const ARTICLE = "قصفت طائرات مسيرة قاعدة الجفرة الجوية فجر اليوم.";

describe("checkArticle", () => {
  it("accepts Arabic text and returns it decoded", () => {
    expect(checkArticle(enc(ARTICLE))).toEqual({ ok: true, text: ARTICLE });
  });
  it("accepts exactly 1 MiB and refuses one byte more, before decoding", () => {
    const fill = (n: number) => new Uint8Array(n).fill(0xff); // invalid UTF-8: size must be the reason
    expect(checkArticle(fill(MAX_ARTICLE_BYTES + 1))).toEqual({
      ok: false,
      reason: "too large: 1,048,577 bytes (at most 1,048,576 bytes, 1 MiB)",
    });
    const exact = enc("ل".repeat(MAX_ARTICLE_BYTES / 2));
    expect(exact.length).toBe(MAX_ARTICLE_BYTES);
    expect(checkArticle(exact).ok).toBe(true);
  });
  it("calls a file with a NUL byte binary", () => {
    expect(checkArticle(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00]))).toEqual({
      ok: false,
      reason: "looks like a binary file: NUL byte at byte offset 4",
    });
  });
  it("reports the byte offset of invalid UTF-8", () => {
    const b = new Uint8Array([...enc("ليبيا"), 0xc3, 0x28]);
    expect(checkArticle(b)).toEqual({ ok: false, reason: "not valid UTF-8: invalid byte sequence at byte offset 10 (byte 0xc3)" });
  });
  it("refuses empty and whitespace-only files", () => {
    expect(checkArticle(new Uint8Array())).toEqual({ ok: false, reason: "empty file" });
    expect(checkArticle(enc(" \n\t\u00a0\n"))).toEqual({ ok: false, reason: "empty file (only whitespace)" });
  });
  it("refuses text with no letters or mostly non-Arabic letters", () => {
    expect(checkArticle(enc("2020-01-12 — 42%"))).toEqual({ ok: false, reason: "not Arabic text: it contains no letters" });
    expect(checkArticle(enc("Sirte سرت is a city"))).toEqual({
      ok: false,
      reason: "not Arabic text: 20% of its 15 letters are Arabic (at least 50% needed)",
    });
  });
});

describe("checkArticleText", () => {
  it("accepts an extracted Arabic text", () => expect(checkArticleText(ARTICLE)).toEqual({ ok: true }));
  it("refuses no text, whitespace only and text that is not Arabic, in the words checkArticle uses", () => {
    expect(checkArticleText("")).toEqual({ ok: false, reason: "no text" });
    expect(checkArticleText(" \n\u00a0")).toEqual({ ok: false, reason: "no text (only whitespace)" });
    expect(checkArticleText("— 42%")).toEqual({ ok: false, reason: "not Arabic text: it contains no letters" });
    expect(checkArticleText("Sirte سرت is a city")).toEqual(checkArticle(enc("Sirte سرت is a city")));
  });
  it("counts size in UTF-8 bytes: 1 MiB of them passes, one more does not", () => {
    const exact = "ل".repeat(MAX_ARTICLE_BYTES / 2);
    expect(checkArticleText(exact)).toEqual({ ok: true });
    expect(checkArticleText(exact + "a")).toEqual({
      ok: false,
      reason: "too large: 1,048,577 bytes of UTF-8 text (at most 1,048,576 bytes, 1 MiB)",
    });
  });
});

describe("arabicLetterShare", () => {
  it("counts letters only, in both scripts", () => {
    expect(arabicLetterShare("طرابلس Tripoli, 2020!")).toEqual({ letters: 13, arabic: 6, share: 6 / 13 });
  });
  it("counts an article with English names in it as Arabic", () => {
    expect(arabicLetterShare("قال المتحدث باسم قوات AFRICOM إن الضربة في سرت").share).toBeGreaterThan(0.5);
  });
});

describe("duplicateKey", () => {
  it("folds diacritics, tatweel, alef and ya/ta marbuta forms and whitespace", () => {
    expect(duplicateKey("  مِصْراتـــة\r\n\r\nإلى  ")).toBe(duplicateKey("مصراته الي"));
  });
  it("keeps different words different", () => {
    expect(duplicateKey("سرت")).not.toBe(duplicateKey("سبها"));
  });
});

describe("duplicateKey on punctuation and case", () => {
  it("ignores punctuation and Latin case, not letters", () => {
    expect(duplicateKey("قال: «الوضع في سرت هادئ». AFP")).toBe(duplicateKey("قال الوضع في سرت هادئ afp"));
    expect(duplicateKey("الوضع في سرت هادئ")).not.toBe(duplicateKey("الوضع في سرت متوتر"));
  });
});

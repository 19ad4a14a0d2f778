import { describe, expect, it } from "vitest";
import { checkPastedArticle, MAX_PASTED_BYTES } from "./check-pasted";

const ARABIC = "اندلعت اشتباكات قرب ترهونة صباح اليوم.";

describe("checkPastedArticle", () => {
  it("accepts Arabic text with an optional title and date", () => {
    expect(checkPastedArticle({ text: ARABIC })).toEqual({ ok: true, text: ARABIC, published: null });
    expect(checkPastedArticle({ text: ARABIC, title: " خبر ", date: "2020-06-05" })).toEqual({
      ok: true,
      text: ARABIC,
      title: "خبر",
      published: { from: "2020-06-05", to: "2020-06-05" },
    });
  });
  it("refuses empty or whitespace-only text", () => {
    expect(checkPastedArticle({ text: "" })).toEqual({ ok: false, field: "text", problem: { code: "text-empty" } });
    expect(checkPastedArticle({ text: " \n\t" })).toEqual({ ok: false, field: "text", problem: { code: "text-empty" } });
  });
  it("refuses text that is not mostly Arabic, with how much is", () => {
    expect(checkPastedArticle({ text: "Clashes near Tarhuna ترهونة" })).toEqual({
      ok: false,
      field: "text",
      problem: { code: "text-not-arabic", percent: 25, letters: 24, min: 50 },
    });
    expect(checkPastedArticle({ text: "2020 — 42%" })).toEqual({ ok: false, field: "text", problem: { code: "text-no-letters" } });
  });
  it("refuses more than 100 KB of UTF-8 and accepts exactly 100 KB", () => {
    const exact = "ل".repeat(MAX_PASTED_BYTES / 2);
    expect(checkPastedArticle({ text: exact }).ok).toBe(true);
    expect(checkPastedArticle({ text: exact + "ب" })).toEqual({
      ok: false,
      field: "text",
      problem: { code: "text-too-long", bytes: 102_402, max: 102_400 },
    });
  });
  it("refuses a date that is not a real yyyy-mm-dd day and an overlong title, naming the field", () => {
    expect(checkPastedArticle({ text: ARABIC, date: "2020-02-30" })).toEqual({
      ok: false,
      field: "date",
      problem: { code: "date-invalid", value: "2020-02-30" },
    });
    expect(checkPastedArticle({ text: ARABIC, date: "5/6/2020" })).toMatchObject({ ok: false, field: "date" });
    expect(checkPastedArticle({ text: ARABIC, title: "ع".repeat(501) })).toEqual({
      ok: false,
      field: "title",
      problem: { code: "title-too-long", chars: 501, max: 500 },
    });
  });
});

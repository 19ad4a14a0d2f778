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
    expect(checkPastedArticle({ text: "" })).toEqual({ ok: false, field: "text", error: "Paste the Arabic text of an article first." });
    expect(checkPastedArticle({ text: " \n\t" }).ok).toBe(false);
  });
  it("refuses text that is not mostly Arabic, saying how much is", () => {
    expect(checkPastedArticle({ text: "Clashes near Tarhuna ترهونة" })).toEqual({
      ok: false,
      field: "text",
      error: "This is not Arabic text: 25% of its 24 letters are Arabic (at least 50% needed).",
    });
    expect(checkPastedArticle({ text: "2020 — 42%" })).toMatchObject({ ok: false, error: "This is not Arabic text: it contains no letters." });
  });
  it("refuses more than 100 KB of UTF-8 and accepts exactly 100 KB", () => {
    const exact = "ل".repeat(MAX_PASTED_BYTES / 2);
    expect(checkPastedArticle({ text: exact }).ok).toBe(true);
    const r = checkPastedArticle({ text: exact + "ب" });
    expect(r).toMatchObject({ ok: false, field: "text" });
    expect(r.ok ? "" : r.error).toContain("102,402 bytes (at most 102,400 bytes, 100 KB)");
  });
  it("refuses a malformed date and an overlong title, naming the field", () => {
    expect(checkPastedArticle({ text: ARABIC, date: "2020-02-30" })).toMatchObject({ ok: false, field: "date" });
    expect(checkPastedArticle({ text: ARABIC, title: "ع".repeat(501) })).toMatchObject({ ok: false, field: "title" });
  });
});

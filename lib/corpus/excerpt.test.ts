import { describe, expect, it } from "vitest";
import { buildExcerpt } from "./excerpt";
import { splitSentences, sentenceAt } from "./sentences";

function quote(text: string, name: string, maxChars?: number, occurrence = 0) {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) start = text.indexOf(name, start + 1);
  const mention = { start, end: start + name.length };
  const sentence = sentenceAt(splitSentences(text), start)!;
  return buildExcerpt(text, sentence, mention, maxChars);
}

describe("buildExcerpt", () => {
  it("quotes the whole sentence around the mention with shifted highlight offsets", () => {
    const text = "عنوان الخبر\nقال المتحدث إن القوات دخلت سرت اليوم. وفي طرابلس هدوء.";
    const ex = quote(text, "سرت");
    expect(ex.text).toBe("قال المتحدث إن القوات دخلت سرت اليوم.");
    expect(ex.text.slice(ex.highlightStart, ex.highlightEnd)).toBe("سرت");
    expect(ex.highlightStart).toBe(text.indexOf("سرت") - text.indexOf("قال"));
    expect(ex.clippedStart).toBe(false);
    expect(ex.clippedEnd).toBe(false);
  });

  it("matches the documented example", () => {
    const text = "قال المتحدث إن القوات دخلت سرت اليوم.";
    expect(buildExcerpt(text, { start: 0, end: text.length }, { start: 27, end: 30 })).toEqual({
      text,
      highlightStart: 27,
      highlightEnd: 30,
      clippedStart: false,
      clippedEnd: false,
    });
  });

  it("trims a long sentence on both sides with ellipses, cutting at spaces", () => {
    const words = Array.from({ length: 60 }, (_, i) => `كلمة${i}`);
    words.splice(30, 0, "مصراتة");
    const text = words.join(" ") + ".";
    const ex = quote(text, "مصراتة", 80);
    expect(ex.clippedStart).toBe(true);
    expect(ex.clippedEnd).toBe(true);
    expect(ex.text.startsWith("…")).toBe(true);
    expect(ex.text.endsWith("…")).toBe(true);
    expect(ex.text.length).toBeLessThanOrEqual(82);
    expect(ex.text.slice(ex.highlightStart, ex.highlightEnd)).toBe("مصراتة");
    // every word in the quote is whole
    for (const w of ex.text.replace(/…/g, "").split(" ")) expect(words).toContain(w);
  });

  it("trims only the far side when the mention is near the start of a long sentence", () => {
    const text = "في سرت " + "قالت المصادر إن الوضع هادئ ".repeat(20) + "تماما.";
    const ex = quote(text, "سرت", 60);
    expect(ex.clippedStart).toBe(false);
    expect(ex.clippedEnd).toBe(true);
    expect(ex.text.startsWith("في سرت")).toBe(true);
    expect(ex.highlightStart).toBe(3);
    expect(ex.text.slice(ex.highlightStart, ex.highlightEnd)).toBe("سرت");
    expect(ex.text.length).toBeGreaterThan(40);
  });

  it("shifts the highlight by the leading ellipsis when the mention is near the end", () => {
    const text = "قالت المصادر إن الوضع هادئ ".repeat(20) + "قرب الجفرة.";
    const ex = quote(text, "الجفرة", 60);
    expect(ex.clippedStart).toBe(true);
    expect(ex.clippedEnd).toBe(false);
    expect(ex.text.endsWith("الجفرة.")).toBe(true);
    expect(ex.text.slice(ex.highlightStart, ex.highlightEnd)).toBe("الجفرة");
  });

  it("quotes the second of two identical names at its own offsets", () => {
    const text = "سرت ثم سرت.";
    const ex = quote(text, "سرت", undefined, 1);
    expect(ex.highlightStart).toBe(7);
    expect(ex.highlightEnd).toBe(10);
  });

  it("always keeps a name longer than the limit", () => {
    const text = "بداية " + "عين زارة" + " نهاية الجملة الطويلة جدا.";
    const ex = quote(text, "عين زارة", 4);
    expect(ex.text.slice(ex.highlightStart, ex.highlightEnd)).toBe("عين زارة");
  });
});

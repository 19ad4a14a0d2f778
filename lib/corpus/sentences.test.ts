import { describe, expect, it } from "vitest";
import { splitSentences, sentenceAt } from "./sentences";

const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe("splitSentences", () => {
  it("ends sentences at . ؟ ! and line breaks, not at the Arabic comma", () => {
    const t = "قصف في سرت، ثم هدوء. هل وصل الوفد؟ نعم! وصل\nالجديد";
    expect(texts(t)).toEqual(["قصف في سرت، ثم هدوء.", "هل وصل الوفد؟", "نعم!", "وصل", "الجديد"]);
  });

  it("matches the documented example", () => {
    expect(splitSentences("قصف في سرت، ثم هدوء. وصل الوفد\nالجديد")).toEqual([
      { start: 0, end: 20 },
      { start: 21, end: 30 },
      { start: 31, end: 37 },
    ]);
  });

  it("keeps decimals and closing quotes inside the sentence", () => {
    const t = "تقدموا 3.5 كيلومتر. قال «انتهى الأمر.» ثم غادر";
    expect(texts(t)).toEqual(["تقدموا 3.5 كيلومتر.", "قال «انتهى الأمر.»", "ثم غادر"]);
  });

  it("drops blank lines and trims whitespace, keeping offsets into the original", () => {
    const t = "  عنوان  \r\n\r\n\tنص أول. ";
    const spans = splitSentences(t);
    expect(texts(t)).toEqual(["عنوان", "نص أول."]);
    expect(spans[0]).toEqual({ start: 2, end: 7 });
  });

  it("returns nothing for empty or blank text", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences(" \n \n")).toEqual([]);
  });

  it("treats runs like ؟! and ... as one end", () => {
    expect(texts("ماذا حدث؟! لا أحد يعرف... ربما غدا")).toEqual(["ماذا حدث؟!", "لا أحد يعرف...", "ربما غدا"]);
  });
});

describe("sentenceAt", () => {
  const t = "أ ب. ج د.";
  const spans = splitSentences(t);
  it("finds the sentence containing an offset", () => {
    expect(sentenceAt(spans, 0)).toEqual({ start: 0, end: 4 });
    expect(sentenceAt(spans, 3)).toEqual({ start: 0, end: 4 });
    expect(sentenceAt(spans, 5)).toEqual({ start: 5, end: 9 });
  });
  it("maps an offset in the gap between sentences to the next one", () => {
    expect(sentenceAt(spans, 4)).toEqual({ start: 5, end: 9 });
  });
  it("returns undefined when there are no sentences", () => {
    expect(sentenceAt([], 3)).toBeUndefined();
  });
});

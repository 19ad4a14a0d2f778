import { describe, expect, it } from "vitest";
import { sentenceAround } from "./sentence";

describe("sentenceAround", () => {
  it("ends a sentence at a full stop before a space or a newline, not at the '..' of a headline", () => {
    const text = "ليبيا.. قصف في سرت\nوصل الوفد. ثم غادر";
    expect(text.slice(...sentenceAround(text, text.indexOf("سرت")))).toBe("ليبيا.. قصف في سرت\n");
    expect(text.slice(...sentenceAround(text, text.indexOf("الوفد")))).toBe("وصل الوفد.");
    expect(text.slice(...sentenceAround(text, text.indexOf("غادر")))).toBe(" ثم غادر");
  });
  it("keeps a decimal point inside its sentence", () => {
    const text = "سقط 3.5 صاروخ على سرت. انتهى";
    expect(text.slice(...sentenceAround(text, text.indexOf("سرت")))).toBe("سقط 3.5 صاروخ على سرت.");
  });
});

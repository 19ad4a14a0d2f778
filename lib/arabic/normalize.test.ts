import { describe, expect, it } from "vitest";
import { normalizeName, normalizeWithOffsets } from "./normalize";

describe("normalizeName", () => {
  it("gives one key for the spelling variants of a name", () => {
    expect(normalizeName("عين زارة")).toBe(normalizeName("عين زاره"));
    expect(normalizeName("مُصْراتَة")).toBe("مصراته");
    expect(normalizeName("إجدابيا")).toBe(normalizeName("أجدابيا"));
    expect(normalizeName("بنى وليد")).toBe(normalizeName("بني وليد"));
    expect(normalizeName("طرابـــلس")).toBe("طرابلس");
    expect(normalizeName("  Abu   Qurain ")).toBe("abu qurain");
  });
  it("gives a name written in presentation forms (copied from a PDF) the key of its letters", () => {
    expect(normalizeName("ﻃﺮﺍﺑﻠﺲ")).toBe("طرابلس");
    expect(normalizeName("ﻣﺼﺮﺍﺗﺔ")).toBe(normalizeName("مصراتة"));
    expect(normalizeName("ﺍﻟﺸﻼﺷﻴﺔ")).toBe(normalizeName("الشلاشية"));
  });
  it("drops invisible characters inside a word", () => {
    expect(normalizeName("مصر\u200Cاتة")).toBe("مصراته");
    expect(normalizeName("\u202Bسرت\u202C")).toBe("سرت");
  });
});

describe("normalizeWithOffsets", () => {
  it("maps every folded character back to its original index", () => {
    const text = "في «مُصراتةَ» ١٢";
    const { folded, offsets } = normalizeWithOffsets(text);
    expect(folded).toBe("في مصراته 12");
    const a = folded.indexOf("مصراته");
    const b = a + "مصراته".length;
    expect(text.slice(offsets[a], offsets[b - 1]! + 1)).toBe("مُصراتة");
    expect(offsets[folded.length]).toBe(text.length);
    expect(text[offsets[folded.indexOf("12")]!]).toBe("١");
  });
  it("maps the letters of a ligature to the ligature, later letters to their own characters", () => {
    const text = "« ﺍﻻﺗﺤﺎﺩ»";
    const { folded, offsets } = normalizeWithOffsets(text);
    expect(folded).toBe("الاتحاد");
    expect(offsets).toEqual([2, 3, 3, 4, 5, 6, 7, text.length]);
    expect(text.slice(offsets[0], offsets[folded.length - 1]! + 1)).toBe("ﺍﻻﺗﺤﺎﺩ");
  });
});

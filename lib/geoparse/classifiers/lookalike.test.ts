import { describe, expect, it } from "vitest";
import { lookalike } from "./lookalike";
import { candidateIn } from "./test-candidate";

const read = (text: string, name: string) => lookalike(...candidateIn(text, name));

describe("lookalike", () => {
  it("rejects a name read with ف or ك out of an ordinary word", () => {
    expect(read("فسرت الحكومة قرارها", "سرت")).toEqual({ reject: "ordinary word" });
    expect(read("دخلت القوات المدينة وكسرت الحصار", "سرت")).toEqual({ reject: "ordinary word" });
    expect(read("تعيش أسر فقيرة في ظروف صعبة", "قيرة")).toEqual({ reject: "ordinary word" });
  });
  it("asks for support when the proclitic is ل or ب", () => {
    expect(read("يتقن ثلاث لغات أجنبية", "غات")).toEqual({ needsSupport: true });
    expect(read("وصلت القوافل إلى أوباري ولغات", "غات")).toEqual({ needsSupport: true });
  });
  it("leaves other proclitic readings and bare names alone", () => {
    expect(read("بين مصراتة وسرت", "سرت")).toBeNull();
    expect(read("تعزيزات لسرت", "سرت")).toBeNull();
    expect(read("في غات", "غات")).toBeNull();
  });
});

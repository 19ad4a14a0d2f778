import { describe, expect, it } from "vitest";
import { phraseHead } from "./phrase-head";
import { candidateIn } from "./test-candidate";

const read = (text: string, name: string) => phraseHead(...candidateIn(text, name));

describe("phraseHead", () => {
  it("reads a name inside a fixed phrase as part of it", () => {
    expect(read("يعد الاقتصاد حجر الزاوية في أي تسوية", "الزاوية")).toEqual({ reject: "fixed phrase" });
    expect(read("أقيمت صلاة المغرب في المسجد", "المغرب")).toEqual({ reject: "fixed phrase" });
    expect(read("خرج المصلون بعد أذان المغرب", "المغرب")).toEqual({ reject: "fixed phrase" });
    expect(read("الحمد لله رب ٱلْعَٰلَمِينَ", "ٱلْعَٰلَمِينَ")).toEqual({ reject: "fixed phrase" });
  });
  it("leaves the same names alone elsewhere", () => {
    expect(read("زار الوزير المغرب وتونس", "المغرب")).toBeNull();
    expect(read("قتلى في مدينة الزاوية", "الزاوية")).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { demonstrative } from "./demonstrative";
import { candidateIn } from "./test-candidate";

const read = (text: string, name: string) => demonstrative(...candidateIn(text, name));

describe("demonstrative", () => {
  it("reads a definite name after a demonstrative as an ordinary noun", () => {
    expect(read("ننظر إلى المسألة من هذه الزاوية", "الزاوية")).toEqual({ reject: "after a demonstrative" });
    expect(read("وبهذه الزاوية نفهم الموقف", "الزاوية")).toEqual({ reject: "after a demonstrative" });
  });
  it("keeps names without the article, names after other words, and names after ذلك", () => {
    expect(read("هذه سرت اليوم", "سرت")).toBeNull();
    expect(read("اشتباكات في الزاوية", "الزاوية")).toBeNull();
    expect(read("أعلنت ذلك المغرب في بيان", "المغرب")).toBeNull();
    expect(read("هذه بالزاوية", "الزاوية")).toBeNull();
  });
});

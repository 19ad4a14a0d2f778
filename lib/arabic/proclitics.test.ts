import { describe, expect, it } from "vitest";
import { readings } from "./proclitics";

const stems = (w: string) => readings(w).map((r) => `${r.prefixLength}:${r.stem}`);

describe("readings", () => {
  it("reads the word itself first", () => {
    expect(readings("طرابلس")[0]).toEqual({ stem: "طرابلس", prefixLength: 0 });
  });
  it("peels a conjunction, a preposition and both", () => {
    expect(stems("وسرت")).toContain("1:سرت");
    expect(stems("لطرابلس")).toContain("1:طرابلس");
    expect(stems("بالجفره")).toContain("1:الجفره");
    expect(stems("والقداحيه")).toContain("1:القداحيه");
    expect(stems("وبطرابلس")).toContain("2:طرابلس");
    expect(stems("فلطرابلس")).toContain("2:طرابلس");
  });
  it("restores the article's alef after لل, keeping its ل inside the span", () => {
    expect(stems("للجفره")).toContain("1:الجفره");
    expect(stems("وللجفره")).toContain("2:الجفره");
  });
  it("never peels a word down to a single letter", () => {
    expect(stems("بل")).toEqual(["0:بل"]);
    expect(stems("وبك")).toEqual(["0:وبك", "1:بك"]);
  });
});

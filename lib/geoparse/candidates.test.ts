import { describe, expect, it } from "vitest";
import { tokenize } from "../arabic";
import { candidateAt } from "./candidates";
import { testGazetteer } from "./test-gazetteer";

const g = testGazetteer();
/** Every candidate the finder sees, scanning left to right like geoparse does. */
function scan(text: string) {
  const ctx = { text, tokens: tokenize(text) };
  const out: { surface: string; key: string }[] = [];
  for (let i = 0; i < ctx.tokens.length; ) {
    const c = candidateAt(ctx, g.index, i);
    if (!c) {
      i++;
      continue;
    }
    out.push({ surface: text.slice(c.start, c.end), key: c.key });
    i = c.last + 1;
  }
  return out;
}

describe("candidateAt", () => {
  it("peels proclitics and keeps them outside the span", () => {
    const surfaces = scan("بالجفرة وسرت لطرابلس والقداحية بطرابلس للجفرة").map((c) => c.surface);
    expect(surfaces).toEqual(["الجفرة", "سرت", "طرابلس", "القداحية", "طرابلس", "لجفرة"]);
  });
  it("matches only whole words: مصر is not found inside مصراتة or مصرعهم", () => {
    expect(scan("مصراتة مصرعهم مصرية المصرية").map((c) => c.key)).toEqual(["مصراته"]);
    expect(scan("في مصر").map((c) => c.key)).toEqual(["مصر"]);
  });
  it("prefers the longest multi-word name", () => {
    expect(scan("قرب مطار مصراتة الدولي أمس")).toEqual([{ surface: "مطار مصراتة الدولي", key: "مطار مصراته الدولي" }]);
    expect(scan("بمحور عين زارة جنوب")).toEqual([{ surface: "عين زارة", key: "عين زاره" }]);
  });
  it("falls back to the shorter name when the longer one is not complete", () => {
    expect(scan("مطار مصراتة القديم").map((c) => c.surface)).toEqual(["مصراتة"]);
  });
  it("finds the fused and the diacritised spellings", () => {
    expect(scan("تجاه أبوقرين و أَبُو قُرَين").map((c) => c.key)).toEqual(["ابوقرين", "ابو قرين"]);
  });
  it("does not join a name across punctuation or a line break", () => {
    expect(scan("عين، زارة").map((c) => c.key)).toEqual([]);
    expect(scan("أبو\nقرين").map((c) => c.key)).toEqual([]);
  });
});

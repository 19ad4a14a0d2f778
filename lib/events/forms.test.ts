import { describe, expect, it } from "vitest";
import { nounForms, verbForms } from "./forms";

describe("verbForms", () => {
  it("conjugates the past and the imperfect, folding hamza, and keeps the future apart", () => {
    const v = verbForms("أسقط", "سقط");
    for (const f of ["اسقط", "اسقطت", "اسقطوا", "اسقطها", "يسقط", "تسقط", "يسقطون", "نسقط"]) expect(v.present).toContain(f);
    expect(v.future).toContain("ستسقط");
    expect(v.present).not.toContain("ستسقط");
    // The bare past + ه would read the feminine noun: زار → "زاره" is the زارة of وزارة.
    expect(verbForms("زار", "زور").present).not.toContain("زاره");
    expect(verbForms("زار", "زور").present).toContain("زارها");
  });
});

describe("nounForms", () => {
  it("gives the article, the accusative alef, the dual and pronoun forms (ة → ت before a pronoun)", () => {
    const n = nounForms("سيطرة", "هجوم");
    for (const f of ["سيطره", "السيطره", "سيطرتها", "سيطرتهم", "هجوم", "الهجوم", "هجوما", "هجومها"]) expect(n).toContain(f);
    expect(n).not.toContain("سيطرها");
  });
});

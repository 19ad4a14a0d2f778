import { describe, expect, it } from "vitest";
import { parseViewState, writeViewState } from ".";

describe("the topic (what) and outlet (source) filters in the URL", () => {
  it("reads outlets separated by a bar, drops bad names one by one, sorts and dedupes", () => {
    const v = parseViewState(`?source=${encodeURIComponent("بوابة الوسط|Al Wasat, Libya|<b>x</b>|  Al   Wasat, Libya |")}`);
    expect(v.sources).toEqual(["Al Wasat, Libya", "بوابة الوسط"]);
    expect(parseViewState("?source=%7C%7C").sources).toBeUndefined();
    expect(parseViewState(`?source=${"x".repeat(121)}`).sources).toBeUndefined();
  });

  it("reads the topic as free text without markup", () => {
    expect(parseViewState(`?what=${encodeURIComponent("  طائرة   مسيرة ")}`).what).toBe("طائرة مسيرة");
    expect(parseViewState("?what=%3Cscript%3E").what).toBeUndefined();
    expect(parseViewState(`?what=${"ن".repeat(101)}`).what).toBeUndefined();
  });

  it("writes both and reads them back to the same view", () => {
    const view = { sources: ["Al Wasat, Libya", "بوابة الوسط"], what: "طائرة مسيرة", q: "سرت" };
    const query = writeViewState(view);
    expect(query.startsWith("source=")).toBe(true);
    expect(query).toContain("&what=");
    expect(parseViewState(query)).toEqual(view);
  });

  it("reads roles and combat kinds from fixed lists, dropping unknown names, in the lists' order", () => {
    const v = parseViewState("?role=reference,combat,bogus,combat&kind=strike,clash,%3Cx%3E");
    expect(v.roles).toEqual(["combat", "reference"]);
    expect(v.kinds).toEqual(["clash", "strike"]);
    expect(parseViewState("?role=nothing").roles).toBeUndefined();
    expect(writeViewState({ roles: ["combat"], kinds: ["strike"] })).toBe("role=combat&kind=strike");
  });
});

import { describe, expect, it } from "vitest";
import { quoteSegments } from "../popup/quote-marks";
import { cueInExcerpt, eventLabel, eventLook, rolesSummary, ROLE_GLYPHS, splitAtCue, sumRoles } from "./event-style";

describe("eventLook", () => {
  it("gives the combat share and the most reported event, not the references", () => {
    expect(eventLook({ combat: 2, military: 0, civil: 1, reference: 5 })).toEqual({ dominant: "combat", combatShare: 0.25, total: 8 });
    expect(eventLook({ combat: 0, military: 1, civil: 3, reference: 9 })?.dominant).toBe("civil");
  });
  it("is a reference where nothing is reported to happen (Cairo of «إعلان القاهرة»)", () => {
    expect(eventLook({ combat: 0, military: 0, civil: 0, reference: 7 })).toEqual({ dominant: "reference", combatShare: 0, total: 7 });
  });
  it("breaks ties toward the more severe role", () => {
    expect(eventLook({ combat: 1, military: 1, civil: 1, reference: 0 })?.dominant).toBe("combat");
    expect(eventLook({ combat: 0, military: 2, civil: 2, reference: 0 })?.dominant).toBe("military");
  });
  it("is undefined without counts", () => {
    expect(eventLook(undefined)).toBeUndefined();
    expect(eventLook({ combat: 0, military: 0, civil: 0, reference: 0 })).toBeUndefined();
  });
  it("gives each event role a glyph of its own", () => {
    const glyphs = [ROLE_GLYPHS.combat, ROLE_GLYPHS.military, ROLE_GLYPHS.civil];
    expect(new Set(glyphs).size).toBe(3);
    expect(glyphs.every((g) => g.length > 0)).toBe(true);
  });
});

describe("rolesSummary", () => {
  it("lists the roles present in both languages, fractions to one decimal", () => {
    expect(rolesSummary({ combat: 4, military: 0, civil: 1, reference: 2 }, "en")).toBe("Combat 4 · Civil events 1 · Only named 2");
    expect(rolesSummary({ combat: 1.25, military: 0, civil: 0, reference: 0 }, "ar")).toBe("قتال: 1.3");
  });
});

describe("a quote's label", () => {
  it("names the combat kind, else the role, in the interface language", () => {
    expect(eventLabel({ role: "combat", kind: "strike" }, "en")).toEqual({ role: "combat", text: "strike", glyph: ROLE_GLYPHS.combat });
    expect(eventLabel({ role: "combat", kind: "strike" }, "ar")?.text).toBe("ضربة");
    expect(eventLabel({ role: "civil" }, "en")?.text).toBe("civil");
    expect(eventLabel({ role: "reference" }, "ar")?.text).toBe("ذِكر فقط");
  });
  it("shows nothing for an unlabelled quote or an unknown role", () => {
    expect(eventLabel(undefined, "en")).toBeUndefined();
    expect(eventLabel({ role: "weather" }, "en")).toBeUndefined();
  });
});

describe("the cue in a quote", () => {
  // The article: "…. قصفت الطائرات مطار معيتيقة" with the quote starting at the cue.
  const text = "قصفت الطائرات مطار معيتيقة";
  const mention = { start: 50, end: 62, excerpt: { text, highlightStart: 14, highlightEnd: 26 } };

  it("moves the cue from article offsets to the excerpt's", () => {
    expect(cueInExcerpt(mention, [36, 40])).toEqual({ start: 0, end: 4 });
    expect(text.slice(0, 4)).toBe("قصفت");
  });
  it("drops a cue that is not wholly inside the excerpt", () => {
    expect(cueInExcerpt(mention, [30, 40])).toBeUndefined();
    expect(cueInExcerpt(mention, [60, 80])).toBeUndefined();
    expect(cueInExcerpt(mention, undefined)).toBeUndefined();
  });
  it("cuts the quote's runs at the cue, keeping the marks and the whole text", () => {
    const segments = splitAtCue(quoteSegments(text, { start: 14, end: 26 }), { start: 0, end: 4 });
    expect(segments).toEqual([{ text: "قصفت", cue: true }, { text: " الطائرات " }, { text: "مطار معيتيقة", mark: "place" }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
  it("splits a topic mark the cue runs into", () => {
    const segments = splitAtCue(quoteSegments(text, { start: 19, end: 26 }, "الطائرات"), { start: 5, end: 9 });
    expect(segments.filter((s) => s.cue)).toEqual([{ text: "الطا", mark: "topic", cue: true }]);
    expect(segments.map((s) => s.text).join("")).toBe(text);
  });
});

describe("sumRoles: a cluster's look", () => {
  it("adds the places' counts, skipping those without", () => {
    const a = { roles: { combat: 1, military: 0, civil: 2, reference: 3 } };
    const b = { roles: { combat: 4, military: 1, civil: 0, reference: 0 } };
    expect(sumRoles([a, {}, b])).toEqual({ combat: 5, military: 1, civil: 2, reference: 3 });
    expect(eventLook(sumRoles([a, b]))?.dominant).toBe("combat");
    expect(sumRoles([{}, {}])).toBeUndefined();
  });
});

import { describe, expect, it } from "vitest";
import { PASTE_STRINGS, pt } from "./paste-strings";

describe("pt", () => {
  it("fills counts in either language", () => {
    expect(pt("en", "summary", { n: 2, x: 3 })).toBe("2 places, 3 mentions. Kept in this tab and its link only; never sent to the server.");
    expect(pt("ar", "summary", { n: 2, x: 3 })).toMatch(/^الأماكن: 2، الإشارات: 3\./);
  });
  it("has an Arabic string for every key, written in Arabic", () => {
    for (const [key, s] of Object.entries(PASTE_STRINGS)) expect(s.ar, key).toMatch(/\p{Script=Arabic}/u);
  });
});

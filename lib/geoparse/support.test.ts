import { describe, expect, it } from "vitest";
import { km } from "./support";

describe("km", () => {
  it("measures short distances well enough to decide 'within 100 km'", () => {
    expect(km(32.76, 21.75, 32.76, 22.64)).toBeGreaterThan(75);
    expect(km(32.76, 21.75, 32.76, 22.64)).toBeLessThan(90);
    expect(km(32.9, 13.18, 32.37, 15.09)).toBeGreaterThan(150); // Tripoli–Misrata
  });
});

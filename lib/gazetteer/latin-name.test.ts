import { describe, expect, it } from "vitest";
import { latinNameKey } from "./latin-name";

describe("latinNameKey", () => {
  it("folds case, diacritics and ʿayn/hamza marks", () => {
    expect(latinNameKey("Nālūt")).toBe("nalut");
    expect(latinNameKey("Al Ḩawāmid")).toBe(latinNameKey("Hawamid"));
    expect(latinNameKey("Qaşr Khiyār")).toBe(latinNameKey("Qasr Khiyar"));
    expect(latinNameKey("Jardas al ‘Abīd")).toBe(latinNameKey("Jardas al-Abid"));
    expect(latinNameKey("Tājūrā’")).toBe("tajura");
  });
  it("drops the article however it is written, at the start or inside the name", () => {
    expect(latinNameKey("Az Zāwīyah")).toBe("zawiya");
    expect(latinNameKey("az-Zawiya")).toBe("zawiya");
    expect(latinNameKey("Al-Khums")).toBe(latinNameKey("Khums"));
    expect(latinNameKey("El Marj")).toBe(latinNameKey("Marj"));
    expect(latinNameKey("Ash Shwayrif")).toBe(latinNameKey("Shwayrif"));
    expect(latinNameKey("Bi’r al Ghanam")).toBe(latinNameKey("Bir al-Ghanam"));
    expect(latinNameKey("Qaryat al Qī‘ān")).toBe(latinNameKey("Qaryat Qian"));
  });
  it("ignores hyphens, spaces, doubled letters and a final -ah", () => {
    expect(latinNameKey("Bin Jawwād")).toBe(latinNameKey("Bin-Jawad"));
    expect(latinNameKey("Misratah")).toBe(latinNameKey("Misrata"));
    expect(latinNameKey("Zuwarah")).toBe(latinNameKey("Zuwara"));
    expect(latinNameKey("Bani Walid")).toBe("baniwalid");
  });
  it("keeps different names apart", () => {
    expect(latinNameKey("Zawiya")).not.toBe(latinNameKey("Zawila"));
    expect(latinNameKey("Sabha")).not.toBe(latinNameKey("Sabratha"));
    // "Al" alone is a word, not a name: nothing is left of it.
    expect(latinNameKey("Al")).toBe("");
  });
});

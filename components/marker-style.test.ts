import { describe, expect, it } from "vitest";
import { PLACE_KINDS } from "@/lib/gazetteer/place";
import { KIND_GROUPS, GROUP_LABELS, kindGroup, markerLabel, markerSize, MAX_MARKER_PX, MIN_MARKER_PX } from "./marker-style";

describe("kindGroup", () => {
  it("gives every drawable kind a group with a legend label", () => {
    for (const kind of PLACE_KINDS) {
      if (kind === "country") continue;
      const g = kindGroup(kind);
      expect(KIND_GROUPS).toContain(g);
      expect(GROUP_LABELS[g]).toBeTruthy();
    }
    expect(kindGroup("airbase")).toBe("military");
    expect(kindGroup("neighbourhood")).toBe("neighbourhood");
    expect(kindGroup("oilfield")).toBe("oil");
  });
});

describe("markerSize", () => {
  it("grows with the count and stays within bounds", () => {
    expect(markerSize(1)).toBe(22);
    expect(markerSize(9)).toBe(30);
    expect(markerSize(2)).toBeGreaterThan(markerSize(1));
    expect(markerSize(0)).toBe(MIN_MARKER_PX);
    expect(markerSize(10_000)).toBe(MAX_MARKER_PX);
  });
});

describe("markerLabel", () => {
  it("names the place in English and Arabic with its count", () => {
    expect(markerLabel({ nameEn: "Misrata", nameAr: "مصراتة", count: 9 })).toBe("Misrata — مصراتة, 9 mentions");
    expect(markerLabel({ nameEn: "Sirte", nameAr: "سرت", count: 1 })).toBe("Sirte — سرت, 1 mention");
  });
});

import { describe, expect, it } from "vitest";
import { PLACE_KINDS } from "@/lib/gazetteer/place";
import {
  clusterLabel,
  GROUP_LABELS,
  GROUP_LABELS_AR,
  groupLabel,
  KIND_GROUPS,
  kindGroup,
  markerLabel,
  markerSize,
  MAX_MARKER_PX,
  MIN_MARKER_PX,
} from "./marker-style";

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

describe("groupLabel", () => {
  it("words every group in both languages, the Arabic in Arabic script", () => {
    for (const g of KIND_GROUPS) {
      expect(groupLabel("en", g)).toBe(GROUP_LABELS[g]);
      expect(groupLabel("ar", g)).toBe(GROUP_LABELS_AR[g]);
      expect(groupLabel("ar", g), g).toMatch(/^[\p{Script=Arabic}، ]+$/u);
    }
  });
});

const misrata = { nameEn: "Misrata", nameAr: "مصراتة" };

describe("markerLabel", () => {
  it("names the place in English and Arabic with its count (English by default, as the e2e specs read it)", () => {
    expect(markerLabel({ ...misrata, count: 9 })).toBe("Misrata — مصراتة, 9 mentions");
    expect(markerLabel({ nameEn: "Sirte", nameAr: "سرت", count: 1 }, "en")).toBe("Sirte — سرت, 1 mention");
    expect(markerLabel({ ...misrata, count: 14 }, "en", 3)).toBe("Misrata — مصراتة, 14 mentions (3 unsaved)");
  });
  it("puts the Arabic name first in Arabic, with the count in the form Arabic gives each number, and the drawn numeral where that form has none", () => {
    expect(markerLabel({ ...misrata, count: 14 }, "ar")).toBe("مصراتة — Misrata، 14 إشارة");
    expect(markerLabel({ ...misrata, count: 1 }, "ar")).toBe("مصراتة — Misrata، 1 (إشارة واحدة)");
    expect(markerLabel({ ...misrata, count: 2 }, "ar")).toBe("مصراتة — Misrata، 2 (إشارتان)");
    expect(markerLabel({ ...misrata, count: 3 }, "ar")).toBe("مصراتة — Misrata، 3 إشارات");
    expect(markerLabel({ ...misrata, count: 10 }, "ar")).toBe("مصراتة — Misrata، 10 إشارات");
    expect(markerLabel({ ...misrata, count: 100 }, "ar")).toBe("مصراتة — Misrata، 100 إشارة");
    expect(markerLabel({ ...misrata, count: 103 }, "ar")).toBe("مصراتة — Misrata، 103 إشارات");
    expect(markerLabel({ ...misrata, count: 14 }, "ar", 3)).toBe("مصراتة — Misrata، 14 إشارة (غير محفوظة: 3)");
  });
});

describe("clusterLabel", () => {
  it("counts places and mentions in either language", () => {
    expect(clusterLabel(3, 20)).toBe("3 places, 20 mentions: open to zoom in");
    expect(clusterLabel(3, 20, "ar")).toBe("3 أماكن، 20 إشارة: افتحها للتقريب");
    expect(clusterLabel(2, 5, "ar")).toBe("2 (مكانان)، 5 إشارات: افتحها للتقريب");
    expect(clusterLabel(12, 40, "ar")).toBe("12 مكانًا، 40 إشارة: افتحها للتقريب");
  });
});

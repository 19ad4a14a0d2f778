import { describe, expect, it } from "vitest";
import { popupPadding } from "./popup-padding";

const MAP = { left: 0, top: 0, right: 1280, bottom: 720 };

describe("popupPadding", () => {
  it("keeps a popup clear of a panel on the left and a timeline along the bottom", () => {
    const p = popupPadding(MAP, {
      panel: { left: 12, top: 12, right: 352, bottom: 708 },
      timeline: { left: 364, top: 600, right: 1000, bottom: 708 },
    });
    expect(p).toEqual({ topLeft: [364, 12], bottomRight: [12, 132] });
  });

  it("reads the panel on the right (Arabic layout) and a timeline along the top (phones)", () => {
    expect(
      popupPadding(MAP, { panel: { left: 928, top: 12, right: 1268, bottom: 708 }, timeline: { left: 10, top: 10, right: 320, bottom: 175 } }),
    ).toEqual({ topLeft: [12, 187], bottomRight: [364, 12] });
  });

  it("leaves out a phone's drawer, which folds away when a place is chosen", () => {
    const phone = { left: 0, top: 0, right: 375, bottom: 740 };
    const p = popupPadding(phone, { panel: { left: 0, top: 400, right: 375, bottom: 740 }, timeline: { left: 10, top: 10, right: 319, bottom: 170 } });
    expect(p).toEqual({ topLeft: [12, 182], bottomRight: [12, 12] });
  });

  it("ignores what is hidden (an empty box) or off the map, and measures from the map's own corner", () => {
    const map = { left: 100, top: 50, right: 1380, bottom: 770 };
    expect(popupPadding(map, { panel: { left: 0, top: 0, right: 0, bottom: 0 }, timeline: { left: 0, top: 900, right: 500, bottom: 950 } })).toEqual({
      topLeft: [12, 12],
      bottomRight: [12, 12],
    });
    expect(popupPadding(map, { timeline: { left: 300, top: 650, right: 900, bottom: 760 } }).bottomRight).toEqual([12, 132]);
  });
});

import { describe, expect, it } from "vitest";
import { extendBox } from "./extent";

describe("extendBox", () => {
  it("grows a box to hold far points, padded", () => {
    expect(extendBox([9, 19, 25, 33], [{ lat: 52.52, lon: 13.4 }], 2)).toEqual([7, 17, 27, 54.52]);
    expect(extendBox([9, 19, 25, 33], [{ lat: 30, lon: 15 }])).toEqual([9, 19, 25, 33]);
  });
  it("stays within the world", () => {
    expect(extendBox([170, 80, 179, 84], [{ lat: 84.9, lon: 179.9 }], 5)).toEqual([165, 75, 180, 85]);
  });
});

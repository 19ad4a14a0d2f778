import { describe, expect, it } from "vitest";
import { distance } from "@turf/turf";
import { uncertaintyCircle } from "./uncertainty-circle";

describe("uncertaintyCircle", () => {
  it("is a closed ring whose every point lies precisionKm from the place", () => {
    const c = uncertaintyCircle(31.206, 16.5836, 5);
    const ring = c.geometry.coordinates[0]!;
    expect(ring).toHaveLength(65);
    expect(ring[0]).toEqual(ring[64]);
    for (const p of ring) expect(distance([16.5836, 31.206], p, { units: "kilometers" })).toBeCloseTo(5, 3);
  });
  it("scales with the precision", () => {
    const small = uncertaintyCircle(32.7952, 13.2869, 0.5).geometry.coordinates[0]![0]!;
    const big = uncertaintyCircle(32.7952, 13.2869, 30).geometry.coordinates[0]![0]!;
    expect(distance([13.2869, 32.7952], small)).toBeCloseTo(0.5, 3);
    expect(distance([13.2869, 32.7952], big)).toBeCloseTo(30, 2);
  });
});

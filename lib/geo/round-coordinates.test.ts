import { describe, expect, it } from "vitest";
import { roundCoordinates } from "./round-coordinates";

describe("roundCoordinates", () => {
  it("rounds points, rings and nested polygons", () => {
    expect(roundCoordinates({ type: "Point", coordinates: [13.18765, 32.89671] }, 2)).toEqual({ type: "Point", coordinates: [13.19, 32.9] });
    expect(
      roundCoordinates({ type: "MultiPolygon", coordinates: [[[[1.23456, 2.34567], [3.1, 4.1], [1.23456, 2.34567]]]] }, 3),
    ).toEqual({ type: "MultiPolygon", coordinates: [[[[1.235, 2.346], [3.1, 4.1], [1.235, 2.346]]]] });
  });
  it("does not change its input", () => {
    const line = { type: "LineString" as const, coordinates: [[0.123456, 0.654321]] };
    roundCoordinates(line, 1);
    expect(line.coordinates[0]).toEqual([0.123456, 0.654321]);
  });
});

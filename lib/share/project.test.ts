import { describe, expect, it } from "vitest";
import { geometryPath, LIBYA_VIEW, projection } from "./project";

const frame = { x: 40, y: 40, width: 540, height: 550 };

describe("projection", () => {
  const p = projection(LIBYA_VIEW, frame);
  it("puts north up, east right, and keeps the bounds inside the frame", () => {
    const [x1, y1] = p.point(LIBYA_VIEW[0], LIBYA_VIEW[3]);
    const [x2, y2] = p.point(LIBYA_VIEW[2], LIBYA_VIEW[1]);
    expect(x1).toBeGreaterThanOrEqual(frame.x - 1e-9);
    expect(y1).toBeGreaterThanOrEqual(frame.y - 1e-9);
    expect(x2).toBeLessThanOrEqual(frame.x + frame.width + 1e-9);
    expect(y2).toBeLessThanOrEqual(frame.y + frame.height + 1e-9);
    const [tripoliX, tripoliY] = p.point(13.19, 32.89);
    const [kufraX, kufraY] = p.point(23.31, 24.18);
    expect(kufraX).toBeGreaterThan(tripoliX);
    expect(kufraY).toBeGreaterThan(tripoliY);
  });
  it("shortens degrees of longitude by the cosine of the middle latitude", () => {
    const [a] = p.point(10, 25);
    const [b] = p.point(11, 25);
    const [, c] = p.point(10, 25);
    const [, d] = p.point(10, 24);
    expect((b - a) / (d - c)).toBeCloseTo(Math.cos((26.5 * Math.PI) / 180), 6);
  });
  it("knows what lies inside", () => {
    expect(p.contains(15.09, 32.37)).toBe(true);
    expect(p.contains(32.85, 39.93)).toBe(false);
  });
});

describe("geometryPath", () => {
  const p = projection([0, 0, 10, 10], { x: 0, y: 0, width: 100, height: 100 });
  it("draws every ring of every polygon, closed", () => {
    const d = geometryPath(
      {
        type: "MultiPolygon",
        coordinates: [
          [[[0, 0], [10, 0], [10, 10], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]],
          [[[5, 5], [6, 5], [6, 6], [5, 5]]],
        ],
      },
      p,
    );
    expect(d.match(/M/g)).toHaveLength(3);
    expect(d.match(/Z/g)).toHaveLength(3);
    expect(d).toMatch(/^M[\d.]+ 100\.0L/);
  });
});

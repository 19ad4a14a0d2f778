import { describe, expect, it } from "vitest";
import { ringBoxes } from "./ring-boxes";

const area = (b: number[]) => (b[2]! - b[0]!) * (b[3]! - b[1]!);

describe("ringBoxes", () => {
  it("tiles the ring around the inner box", () => {
    const ring = ringBoxes([0, 0, 10, 10], [2, 2, 8, 8]);
    expect(ring).toEqual([[0, 0, 2, 10], [8, 0, 10, 10], [2, 0, 8, 2], [2, 8, 8, 10]]);
    expect(ring.reduce((a, b) => a + area(b as number[]), 0)).toBe(100 - 36);
  });
  it("drops empty strips when the inner box touches an edge", () => {
    expect(ringBoxes([0, 0, 10, 10], [0, 0, 8, 10])).toEqual([[8, 0, 10, 10]]);
    expect(ringBoxes([0, 0, 10, 10], [-5, -5, 15, 15])).toEqual([]);
  });
  it("keeps the whole outer box when the inner one lies outside it", () => {
    expect(ringBoxes([0, 0, 10, 10], [20, 20, 30, 30])).toEqual([[0, 0, 10, 10]]);
  });
});

import type { BBox } from "geojson";

/**
 * The parts of `outer` not covered by `inner`, as up to four boxes (west, east, south, north
 * strips) that tile the ring exactly, so a coarse layer can be drawn around a detailed one
 * without overlapping it. Empty strips are left out; an `inner` outside `outer` leaves `outer`.
 *
 * @example ringBoxes([0, 0, 10, 10], [2, 2, 8, 8])
 *   // → [[0, 0, 2, 10], [8, 0, 10, 10], [2, 0, 8, 2], [2, 8, 8, 10]]
 */
export function ringBoxes(outer: BBox, inner: BBox): BBox[] {
  const [W, S, E, N] = outer as [number, number, number, number];
  const [w0, s0, e0, n0] = inner as [number, number, number, number];
  const w = Math.max(W, w0);
  const s = Math.max(S, s0);
  const e = Math.min(E, e0);
  const n = Math.min(N, n0);
  if (w >= e || s >= n) return [outer];
  const boxes: BBox[] = [
    [W, S, w, N],
    [e, S, E, N],
    [w, S, e, s],
    [w, n, e, N],
  ];
  return boxes.filter(([a, b, c, d]) => (c as number) > (a as number) && (d as number) > (b as number));
}

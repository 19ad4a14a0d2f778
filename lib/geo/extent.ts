import type { BBox } from "geojson";

/**
 * The box [west, south, east, north] that holds `box` and every point, padded by `padDeg` and
 * kept within the Web Mercator world (lat ±85).
 *
 * @example extendBox([9, 19, 25, 33], [{ lat: 52.52, lon: 13.4 }], 2) // → [7, 17, 27, 54.52]
 */
export function extendBox(box: BBox, points: readonly { lat: number; lon: number }[], padDeg = 0): BBox {
  let [w, s, e, n] = box as [number, number, number, number];
  for (const p of points) {
    w = Math.min(w, p.lon);
    e = Math.max(e, p.lon);
    s = Math.min(s, p.lat);
    n = Math.max(n, p.lat);
  }
  return [Math.max(-180, w - padDeg), Math.max(-85, s - padDeg), Math.min(180, e + padDeg), Math.min(85, n + padDeg)];
}

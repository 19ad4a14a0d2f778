import type { BBox } from "geojson";

/**
 * Libya's bounding box [west, south, east, north] in degrees, from Natural Earth 1:50m borders
 * (world-atlas countries-50m, id 434), rounded outwards to 0.01°. The test recomputes it.
 */
export const LIBYA_BBOX: BBox = [9.31, 19.49, 25.16, 33.19];

/**
 * A GeoJSON bbox as Leaflet-style corner pairs [[south, west], [north, east]], for
 * `fitBounds` / `bounds` props, optionally padded by `padDeg` on every side.
 *
 * @example bboxToLatLngBounds([9.31, 19.49, 25.16, 33.19]) // → [[19.49, 9.31], [33.19, 25.16]]
 */
export function bboxToLatLngBounds(bbox: BBox, padDeg = 0): [[number, number], [number, number]] {
  const [west, south, east, north] = bbox as [number, number, number, number];
  return [
    [south - padDeg, west - padDeg],
    [north + padDeg, east + padDeg],
  ];
}

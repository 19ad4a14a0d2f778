import type { MultiPolygon, Polygon, Position } from "geojson";

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];
/** Where on the image the bounds are drawn. */
export type Frame = { x: number; y: number; width: number; height: number };

/** Libya's extent on the preview image (degrees), a little wider than its borders. */
export const LIBYA_VIEW: Bounds = [9.3, 19.5, 25.2, 33.5];

export type Projection = {
  point: (lon: number, lat: number) => [number, number];
  contains: (lon: number, lat: number) => boolean;
};

/**
 * An equirectangular projection of `bounds` into the middle of `frame`, with east–west degrees
 * shortened by cos(middle latitude) so the country keeps its familiar shape.
 *
 * @example projection([0, 0, 10, 10], { x: 0, y: 0, width: 100, height: 100 }).point(0, 10) // → [~0.4, 0]
 */
export function projection(bounds: Bounds, frame: Frame): Projection {
  const [west, south, east, north] = bounds;
  const squeeze = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const scale = Math.min(frame.width / ((east - west) * squeeze), frame.height / (north - south));
  const dx = frame.x + (frame.width - (east - west) * squeeze * scale) / 2;
  const dy = frame.y + (frame.height - (north - south) * scale) / 2;
  return {
    point: (lon, lat) => [dx + (lon - west) * squeeze * scale, dy + (north - lat) * scale],
    contains: (lon, lat) => lon >= west && lon <= east && lat >= south && lat <= north,
  };
}

const ring = (positions: Position[], p: Projection): string =>
  positions
    .map(([lon, lat], i) => {
      const [x, y] = p.point(lon!, lat!);
      return `${i === 0 ? "M" : "L"}${x.toFixed(1)} ${y.toFixed(1)}`;
    })
    .join("") + "Z";

/**
 * An SVG path `d` for a polygon or multipolygon (holes included; draw with fill-rule="evenodd").
 *
 * @example geometryPath({ type: "Polygon", coordinates: [[[0,0],[1,0],[1,1],[0,0]]] }, p) // → "M… L… Z"
 */
export function geometryPath(geometry: Polygon | MultiPolygon, p: Projection): string {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flatMap((rings) => rings.map((r) => ring(r, p))).join("");
}

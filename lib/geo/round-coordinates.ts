import type { Geometry, Position } from "geojson";

type Nested = Position | Nested[];

function roundNested(value: Nested, factor: number): Nested {
  if (typeof value[0] === "number") {
    return (value as Position).map((n) => Math.round(n * factor) / factor);
  }
  return (value as Nested[]).map((v) => roundNested(v, factor));
}

/**
 * A copy of a point/line/polygon geometry with every coordinate rounded to `digits` decimals:
 * 3 digits (≈ 100 m) is finer than a basemap needs and cuts the JSON by half.
 *
 * @example roundCoordinates({ type: "Point", coordinates: [13.18765, 32.89671] }, 2)
 *   // → { type: "Point", coordinates: [13.19, 32.9] }
 */
export function roundCoordinates<G extends Exclude<Geometry, { type: "GeometryCollection" }>>(
  geometry: G,
  digits: number,
): G {
  const factor = 10 ** digits;
  return { ...geometry, coordinates: roundNested(geometry.coordinates as Nested, factor) } as G;
}

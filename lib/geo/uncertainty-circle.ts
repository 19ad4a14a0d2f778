import { circle } from "@turf/turf";
import type { Feature, Polygon } from "geojson";

/**
 * The area a place's coordinates stand for: a geodesic circle of radius `precisionKm` around it,
 * drawn while its popup is open so a district (30 km) does not look as exact as an airport (0.5 km).
 *
 * @example uncertaintyCircle(31.206, 16.5836, 5)
 *   // → Feature<Polygon> with 65 positions, every one ≈ 5 km from (16.5836, 31.206)
 */
export function uncertaintyCircle(lat: number, lon: number, precisionKm: number, steps = 64): Feature<Polygon> {
  return circle([lon, lat], precisionKm, { steps, units: "kilometers" });
}

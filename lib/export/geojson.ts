import type { Feature, FeatureCollection, Point } from "geojson";
import type { PlaceSummary } from "../corpus/types";
import type { ExportRow } from "./rows";

export type MentionFeature = Feature<Point, Omit<ExportRow, "lat" | "lon">>;

/**
 * Mentions as an RFC 7946 FeatureCollection: one Point per mention at its place, coordinates
 * [longitude, latitude], the mention id as feature id, everything else in properties.
 *
 * @example mentionsToGeoJSON(rows).features[0].geometry.coordinates // [15.09, 32.37] for Misrata
 */
export function mentionsToGeoJSON(rows: readonly ExportRow[]): FeatureCollection<Point, Omit<ExportRow, "lat" | "lon">> {
  return {
    type: "FeatureCollection",
    features: rows.map(mentionFeature),
  };
}

/**
 * One mention as a GeoJSON Point feature at its place (a streamed export writes these one by one).
 *
 * @example mentionFeature(row).geometry.coordinates // [15.09, 32.37] for Misrata
 */
export function mentionFeature({ lat, lon, ...properties }: ExportRow): MentionFeature {
  return { type: "Feature", id: properties.mentionId, geometry: { type: "Point", coordinates: [lon, lat] }, properties };
}

export type PlaceProperties = Pick<PlaceSummary, "nameAr" | "nameEn" | "kind" | "count" | "precisionKm" | "country"> & {
  /** mentions per role (lib/events), when the store gave them */
  roles?: { combat: number; military: number; civil: number; reference: number };
};

/**
 * Mentioned places as an RFC 7946 FeatureCollection, one Point per place ([lon, lat]) with its
 * names, kind, mention count, precision and country. Countries are left out: a country is not a
 * point (DESIGN.md "The map"), and the app lists them apart.
 *
 * @example placesToGeoJSON(index.places).features.map((f) => f.id) // ["misrata", "sirte", …]
 */
export function placesToGeoJSON(
  places: readonly (Omit<PlaceSummary, "countsByArticle"> & { roles?: PlaceProperties["roles"] })[],
): FeatureCollection<Point, PlaceProperties> {
  return {
    type: "FeatureCollection",
    features: places
      .filter((p) => p.kind !== "country")
      .map((p) => ({
        type: "Feature",
        id: p.id,
        geometry: { type: "Point", coordinates: [p.lon, p.lat] },
        properties: {
          nameAr: p.nameAr,
          nameEn: p.nameEn,
          kind: p.kind,
          count: p.count,
          precisionKm: p.precisionKm,
          country: p.country,
          ...(p.roles ? { roles: p.roles } : {}),
        },
      })),
  };
}

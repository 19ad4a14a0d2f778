import { getCorpusIndex } from "@/lib/corpus";
import { placesToGeoJSON } from "@/lib/export";

// The index is built from seeds/ at build time, so the list is too (rebuild after npm run ingest).
export const dynamic = "force-static";

/**
 * GET /api/places: every mentioned place as an RFC 7946 FeatureCollection, one Point per place
 * ([lon, lat]) with id and properties {nameAr, nameEn, kind, count, precisionKm, country}.
 * Countries are not points and are left out (the app lists them apart).
 */
export function GET(): Response {
  return new Response(JSON.stringify(placesToGeoJSON(getCorpusIndex().places)), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8" },
  });
}

import { placeCounts } from "@/lib/corpus/view";
import { guardRoute } from "@/lib/http/route-guard";
import { placesToGeoJSON } from "@/lib/export";
import { corpus } from "../../_lib/corpus";
import { filterFromParams } from "../../_lib/filter";

/**
 * GET /api/places[?a=&from=&to=&source=&what=]: every place mentioned under the filter as an
 * RFC 7946 FeatureCollection, one Point per place ([lon, lat]) with id and properties
 * {nameAr, nameEn, kind, count, precisionKm, country}. Countries are not points and are left out
 * (the app lists them apart). Read from the store per request: a new article counts at once.
 */
function places(request: Request): Response {
  const { store, gazetteer } = corpus();
  const places = placeCounts(store, gazetteer, filterFromParams(new URL(request.url).searchParams));
  return new Response(JSON.stringify(placesToGeoJSON(places)), {
    headers: { "Content-Type": "application/geo+json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

export const GET = guardRoute(places);

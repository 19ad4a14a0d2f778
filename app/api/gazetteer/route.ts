// GET /api/gazetteer — every gazetteer place's names, kind and position, for the search box (which
// also finds places no article mentions). Built once at build time; fetched on first focus.
import { loadGazetteer } from "@/lib/gazetteer/load";
import { toNameRow } from "@/lib/explore/place-names";

export const dynamic = "force-static";

export function GET(): Response {
  return Response.json(loadGazetteer().places.map(toNameRow), {
    headers: { "Cache-Control": "public, max-age=3600" },
  });
}

// GET /api/gazetteer — every gazetteer place's names, kind and position, for the search box (which
// also finds places no article mentions). Built once at build time; fetched on first focus.
import { loadGazetteer } from "@/lib/gazetteer/load";
import { toNameRow } from "@/lib/explore/place-names";
import { guardRoute } from "@/lib/http/route-guard";

export const dynamic = "force-static";

// A fault of ours (an unreadable gazetteer) is a logged JSON 500, not Next's HTML error page.
export const GET = guardRoute((_request: Request) =>
  Response.json(loadGazetteer().places.map(toNameRow), {
    headers: { "Cache-Control": "public, max-age=3600" },
  }),
);

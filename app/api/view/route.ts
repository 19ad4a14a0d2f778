import { corpusView } from "@/lib/corpus/view";
import { guardRoute } from "@/lib/http/route-guard";
import { corpus } from "../../_lib/corpus";
import { filterFromParams } from "../../_lib/filter";

/**
 * GET /api/view?a=&from=&to=&source=&what=: what the map shows under a filter (lib/corpus/view
 * CorpusView): place counts, the timeline, the outlets facet, the first page of articles and the
 * totals. The keys are the map URL's, read the same way (a bad value is ignored on its own), so
 * the browser asks with its own query string when the reader changes a filter.
 */
function view(request: Request): Response {
  const { store, gazetteer } = corpus();
  return Response.json(corpusView(store, gazetteer, filterFromParams(new URL(request.url).searchParams)), {
    headers: { "Cache-Control": "no-store" },
  });
}

export const GET = guardRoute(view);

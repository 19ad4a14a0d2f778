import { z } from "zod";
import { guardRoute } from "@/lib/http/route-guard";
import { jsonError } from "@/lib/http/json-error";
import { MAX_PAGE } from "@/lib/store";
import { MAX_QUERY_LENGTH } from "@/lib/url-state";
import { corpus } from "../../_lib/corpus";
import { filterFromParams } from "../../_lib/filter";

const intParam = (max: number) =>
  z.string().regex(/^\d{1,7}$/, "must be a whole number").transform(Number).pipe(z.number().int().min(0).max(max));
const querySchema = z.object({
  offset: intParam(10_000_000).optional(),
  limit: intParam(MAX_PAGE).pipe(z.number().min(1)).optional(),
  sort: z.enum(["newest", "oldest"], { error: 'sort must be "newest" or "oldest"' }).optional(),
  title: z.string().max(MAX_QUERY_LENGTH, `title must be at most ${MAX_QUERY_LENGTH} characters`).optional(),
});

/**
 * GET /api/articles?offset=0&limit=50&sort=newest|oldest&title=&source=&from=&to=&what= (or q=):
 * one page of the stored articles, newest first by default: `{total, offset, limit, articles}`,
 * each with id, title, source, url, published, origin, ingestedAt, summary and mentionCount.
 * `source`, `from`, `to` and `what` are read as the map's URL reads them (a bad value is ignored on
 * its own); `title` keeps the titles holding every one of its words (Arabic-aware). 400 for a
 * malformed paging, sort or title value.
 */
function articles(request: Request): Response {
  const params = new URL(request.url).searchParams;
  for (const key of ["offset", "limit", "sort", "title"]) {
    if (params.getAll(key).length > 1) return jsonError(400, `${key} is given more than once`);
  }
  const query = querySchema.safeParse(Object.fromEntries(["offset", "limit", "sort", "title"].flatMap((k) => (params.has(k) ? [[k, params.get(k)]] : []))));
  if (!query.success) return jsonError(400, `invalid query: ${z.prettifyError(query.error)}`);
  const filter = filterFromParams(params);
  const page = corpus().store.listArticles({
    sources: filter.sources,
    from: filter.from,
    to: filter.to,
    q: filter.q,
    ...query.data,
  });
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}

export const GET = guardRoute(articles);

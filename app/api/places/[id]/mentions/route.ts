import { z } from "zod";
import { guardRoute } from "@/lib/http/route-guard";
import { quotePage } from "@/lib/corpus/quote-page";
import { MAX_MENTIONS_PAGE } from "@/lib/corpus/mentions-page";
import { MENTION_ID, PLACE_ID } from "@/lib/url-state";
import { corpus } from "../../../../_lib/corpus";
import { filterFromParams } from "../../../../_lib/filter";

const idSchema = z.string().max(100).regex(PLACE_ID);
const intParam = (max: number) =>
  z
    .string()
    .regex(/^\d{1,7}$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().int().min(0).max(max));
const querySchema = z.object({
  offset: intParam(10_000_000).optional(),
  limit: intParam(MAX_MENTIONS_PAGE).pipe(z.number().min(1)).optional(),
  at: z.string().max(80).regex(MENTION_ID, "must be a mention id like 002:161").optional(),
});

/**
 * GET /api/places/{id}/mentions?offset=0&limit=5 — one page of a place's mentions, newest article
 * first, each with its quote and article. 400 for a malformed id or paging value, 404 for a place
 * with no mentions. The map's filters narrow the quotes as they narrow the counts (`a`, `from`,
 * `to`, `source`, `what`, read like the page's URL: bad values ignored); `at=<mention id>` returns
 * the page holding that quote (a shared link opens at it).
 */
async function mentions(request: Request, ctx: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await ctx.params;
  const parsedId = idSchema.safeParse(id);
  if (!parsedId.success) {
    return Response.json({ error: "invalid place id: expected a lowercase slug like abu-qurain" }, { status: 400 });
  }
  const params = new URL(request.url).searchParams;
  const query = querySchema.safeParse({
    offset: params.get("offset") ?? undefined,
    limit: params.get("limit") ?? undefined,
    at: params.get("at") ?? undefined,
  });
  if (!query.success) {
    return Response.json({ error: `invalid query: ${z.prettifyError(query.error)}` }, { status: 400 });
  }
  const { store, gazetteer } = corpus();
  const page = quotePage(store, gazetteer, parsedId.data, filterFromParams(params), {
    offset: query.data.offset ?? 0,
    limit: query.data.limit ?? 5,
    at: query.data.at,
  });
  if (!page) return Response.json({ error: `no place "${parsedId.data}" with mentions` }, { status: 404 });
  // Not cached by the browser: an article ingested a moment ago must show on the next look.
  return Response.json(page, { headers: { "Cache-Control": "no-store" } });
}

export const GET = guardRoute(mentions);

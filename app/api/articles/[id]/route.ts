import { z } from "zod";
import { guardRoute } from "@/lib/http/route-guard";
import { jsonError } from "@/lib/http/json-error";
import { ARTICLE_ID } from "@/lib/url-state";
import { corpus } from "../../../_lib/corpus";

const idSchema = z.string().regex(ARTICLE_ID);

/**
 * GET /api/articles/{id}: {id, title, published, source?, url?, origin, ingestedAt, text, mentions};
 * each mention with its offsets, sentence span, event (role, kind, cue) when labelled, and place
 * (names, kind, coordinates). 400 for a malformed id, 404 for an unknown one.
 */
async function article(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!idSchema.safeParse(id).success) {
    return jsonError(400, "malformed article id: use the id from /api/articles or the map, e.g. 002 (a letter or digit, then letters, digits, - and _, at most 64)");
  }
  const { store, gazetteer } = corpus();
  const article = store.getArticle(id);
  if (!article) return jsonError(404, `no article with id "${id}"`);
  const mentions = article.mentions.map(({ role, kind, cue, ...m }) => {
    const p = gazetteer.byId.get(m.placeId);
    return {
      ...m,
      articleId: id,
      ...(role ? { event: { role, ...(kind ? { kind } : {}), ...(cue ? { cue } : {}) } } : {}),
      ...(p ? { place: { id: p.id, nameAr: p.nameAr, nameEn: p.nameEn, kind: p.kind, lat: p.lat, lon: p.lon, precisionKm: p.precisionKm, country: p.country } } : {}),
    };
  });
  return Response.json({
    id: article.id,
    title: article.title,
    published: article.published,
    ...(article.source ? { source: article.source } : {}),
    ...(article.url ? { url: article.url } : {}),
    origin: article.origin,
    ingestedAt: article.ingestedAt,
    summary: article.summary,
    text: article.text,
    mentions,
  });
}

export const GET = guardRoute(article);

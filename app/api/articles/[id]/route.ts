import { z } from "zod";
import { getCorpusIndex } from "@/lib/corpus";
import { loadGazetteer } from "@/lib/gazetteer";
import { jsonError } from "@/lib/http/json-error";
import { ARTICLE_ID } from "@/lib/url-state";
import { articleTexts } from "../../_lib/article-texts";

const idSchema = z.string().regex(ARTICLE_ID);

/**
 * GET /api/articles/{id}: {id, title, published, source?, url?, text, mentions}; each mention
 * with its offsets, sentence span and place (names, kind, coordinates). 400 for a malformed id,
 * 404 for an unknown one.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!idSchema.safeParse(id).success) {
    return jsonError(400, "malformed article id: use the id from /api/export or the map, e.g. 002 (a letter or digit, then letters, digits, - and _, at most 64)");
  }
  const index = getCorpusIndex();
  const meta = index.articleById.get(id);
  const text = articleTexts().get(id);
  if (!meta || text === undefined) return jsonError(404, `no article with id "${id}"`);
  const gazetteer = loadGazetteer();
  const mentions = (index.mentionsByArticle.get(id) ?? []).map((m) => {
    const p = gazetteer.byId.get(m.placeId);
    return p
      ? { ...m, place: { id: p.id, nameAr: p.nameAr, nameEn: p.nameEn, kind: p.kind, lat: p.lat, lon: p.lon, precisionKm: p.precisionKm, country: p.country } }
      : m;
  });
  return Response.json({
    id: meta.id,
    title: meta.title,
    published: meta.published,
    ...(meta.source ? { source: meta.source } : {}),
    ...(meta.url ? { url: meta.url } : {}),
    text,
    mentions,
  });
}

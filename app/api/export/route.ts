import { getCorpusIndex } from "@/lib/corpus";
import type { Mention } from "@/lib/corpus/types";
import { exportRows, mentionsToCsv, mentionsToGeoJSON, parseExportQuery } from "@/lib/export";
import { selectArticles } from "@/lib/explore/filter";
import { loadGazetteer } from "@/lib/gazetteer";
import { jsonError } from "@/lib/http/json-error";
import { articleTexts } from "../_lib/article-texts";

/**
 * GET /api/export?format=geojson|csv[&a=ids][&from=D][&to=D][&p=place]: the mentions of the
 * current view (same keys and rules as the URL state, lib/explore's selectArticles: an article
 * counts when its published range overlaps [from, to]; undated articles are kept) as a download.
 * Newest article first, text order within an article. 400 on a missing, repeated or unknown format;
 * a malformed filter value is ignored on its own, as the map and the mentions route ignore it.
 */
export function GET(request: Request): Response {
  const parsed = parseExportQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { format, articles, from, to, place } = parsed.query;

  const index = getCorpusIndex();
  const { included } = selectArticles(index.articles, { ...(articles ? { articles } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) });
  const mentions: Mention[] = [];
  for (const a of index.articles) {
    if (!included.has(a.id)) continue;
    for (const m of index.mentionsByArticle.get(a.id) ?? []) if (place === undefined || m.placeId === place) mentions.push(m);
  }
  const texts = articleTexts();
  const gazetteer = loadGazetteer();
  const rows = exportRows(mentions, {
    article: (id) => index.articleById.get(id),
    text: (id) => texts.get(id),
    place: (id) => gazetteer.byId.get(id),
  });

  const base = `khabar-map-mentions${place ? `-${place}` : ""}`;
  const common = { "Cache-Control": "no-store", "X-Mention-Count": String(rows.length) };
  if (format === "csv") {
    return new Response(mentionsToCsv(rows), {
      headers: { ...common, "Content-Type": "text/csv; charset=utf-8; header=present", "Content-Disposition": `attachment; filename="${base}.csv"` },
    });
  }
  return new Response(JSON.stringify(mentionsToGeoJSON(rows)), {
    headers: { ...common, "Content-Type": "application/geo+json; charset=utf-8", "Content-Disposition": `attachment; filename="${base}.geojson"` },
  });
}

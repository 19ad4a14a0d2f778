import { CSV_HEAD, csvRecord, EXPORT_ROW_CAP, mentionFeature, parseExportQuery, rowOfQuote } from "@/lib/export";
import { guardRoute } from "@/lib/http/route-guard";
import { limitHeavy } from "@/lib/http/heavy-limit";
import { jsonError } from "@/lib/http/json-error";
import { corpus } from "../../_lib/corpus";

/** Rows written per chunk of the stream. */
const CHUNK_ROWS = 500;

/**
 * GET /api/export?format=geojson|csv[&a=ids][&from=D][&to=D][&p=place][&source=names][&what=words]:
 * the mentions of the current view (same keys and rules as the URL state: an article counts when
 * its published range overlaps [from, to], undated articles are kept) as a download, newest article
 * first, text order within an article, at most EXPORT_ROW_CAP rows. The body is streamed from the
 * store row by row, never built whole. 400 on a missing, repeated or unknown format; a malformed
 * filter value is ignored on its own, as the map and the mentions route ignore it.
 */
function exportMentions(request: Request): Response {
  const parsed = parseExportQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return jsonError(400, parsed.error);
  const { format, articles, from, to, place, sources, what, roles, kinds } = parsed.query;
  const { store, gazetteer } = corpus();
  const filter = { articles, from, to, sources, q: what, roles, kinds };
  const total = [...store.placeCounts(filter)].reduce((n, [id, c]) => (place === undefined || id === place ? n + c : n), 0);
  const rows = store.exportMentions(filter, { placeId: place, cap: EXPORT_ROW_CAP })[Symbol.iterator]();

  const encoder = new TextEncoder();
  let first = true;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? CSV_HEAD : '{"type":"FeatureCollection","features":['));
    },
    // Pulled as the client reads: a slow download holds one chunk in memory, not the whole file.
    pull(controller) {
      let out = "";
      for (let i = 0; i < CHUNK_ROWS; i++) {
        const next = rows.next();
        if (next.done) {
          if (format !== "csv") out += "]}";
          if (out) controller.enqueue(encoder.encode(out));
          controller.close();
          return;
        }
        const p = gazetteer.byId.get(next.value.placeId);
        if (!p) continue;
        const row = rowOfQuote(next.value, p);
        if (format === "csv") out += csvRecord(row);
        else {
          out += (first ? "" : ",") + JSON.stringify(mentionFeature(row));
          first = false;
        }
      }
      controller.enqueue(encoder.encode(out));
    },
  });

  const base = `khabar-map-mentions${place ? `-${place}` : ""}`;
  const common = {
    "Cache-Control": "no-store",
    "X-Mention-Count": String(Math.min(total, EXPORT_ROW_CAP)),
    ...(total > EXPORT_ROW_CAP ? { "X-Export-Capped": `${EXPORT_ROW_CAP} of ${total}` } : {}),
  };
  const type = format === "csv" ? "text/csv; charset=utf-8; header=present" : "application/geo+json; charset=utf-8";
  return new Response(body, {
    headers: { ...common, "Content-Type": type, "Content-Disposition": `attachment; filename="${base}.${format}"` },
  });
}

// Heavy: the limit bounds how many exports start at once (each then streams as the client reads).
export const GET = guardRoute(limitHeavy(exportMentions));

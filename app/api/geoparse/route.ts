import { z } from "zod";
import { guardRoute } from "@/lib/http/route-guard";
import { limitHeavy } from "@/lib/http/heavy-limit";
import { sentenceAt, splitSentences } from "@/lib/corpus/sentences";
import { labelMentions } from "@/lib/events";
import { loadGazetteer } from "@/lib/gazetteer";
import { geoparse } from "@/lib/geoparse";
import { jsonError } from "@/lib/http/json-error";
import { isJsonContentType } from "@/lib/http/media-type";
import { readLimitedBody } from "@/lib/http/read-limited-body";

/** The most text one request may geoparse: 100 KiB of UTF-8. */
const MAX_TEXT_BYTES = 100 * 1024;
/** The body may be a little larger than its text: the JSON around it. */
const MAX_BODY_BYTES = MAX_TEXT_BYTES + 4 * 1024;

const bodySchema = z.object({ text: z.string({ error: (iss) => (iss.input === undefined ? 'missing "text": send {"text": "..."}' : '"text" must be a string') }) }).strict();
const utf8 = new TextDecoder("utf-8", { fatal: true });

const tooLarge = () =>
  jsonError(413, `request too large: the body may be at most ${MAX_BODY_BYTES} bytes and "text" at most ${MAX_TEXT_BYTES} bytes (100 KiB) of UTF-8`);

/**
 * POST /api/geoparse with JSON {"text": "..."} (≤ 100 KiB) → {mentions: [{start, end, surface,
 * placeId, nameAr, nameEn, kind, lat, lon, precisionKm, country, sentence: {start, end},
 * event: {role, kind?, cue?: [start, end]}}]} (event: lib/events, what happened at the place).
 * 415 unless Content-Type is application/json; 413 when Content-Length or the body itself is too
 * large (the body is read with a limit, never whole); 400 on invalid JSON or wrong types.
 */
async function geoparseRequest(request: Request): Promise<Response> {
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return jsonError(415, 'Content-Type must be application/json, with a body like {"text": "..."}');
  }
  const declared = request.headers.get("content-length");
  if (declared !== null) {
    if (!/^\d+$/.test(declared)) return jsonError(400, "malformed Content-Length");
    if (Number(declared) > MAX_BODY_BYTES) return tooLarge();
  }
  const body = await readLimitedBody(request.body, MAX_BODY_BYTES);
  if (!body.ok) return tooLarge();

  let raw: string;
  try {
    raw = utf8.decode(body.bytes);
  } catch {
    return jsonError(400, "the body is not valid UTF-8");
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    return jsonError(400, `invalid JSON: ${(err as Error).message}`);
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const message =
      issue?.code === "unrecognized_keys"
        ? `unexpected field ${issue.keys.map((k) => `"${k}"`).join(", ")}: send only {"text": "..."}`
        : typeof json !== "object" || json === null || Array.isArray(json)
          ? 'the body must be a JSON object like {"text": "..."}'
          : (issue?.message ?? "invalid body");
    return jsonError(400, message);
  }
  const { text } = parsed.data;
  if (new TextEncoder().encode(text).length > MAX_TEXT_BYTES) return tooLarge();

  const gazetteer = loadGazetteer();
  const sentences = splitSentences(text);
  const found = geoparse(text, gazetteer).filter((m) => gazetteer.byId.has(m.placeId));
  const events = labelMentions(text, found.map((m) => ({ ...m, kind: gazetteer.byId.get(m.placeId)!.kind })));
  const mentions = found.flatMap((m, i) => {
    const p = gazetteer.byId.get(m.placeId);
    if (!p) return [];
    const sentence = sentenceAt(sentences, m.start) ?? { start: 0, end: text.length };
    return [{
      start: m.start, end: m.end, surface: m.surface, placeId: p.id, nameAr: p.nameAr, nameEn: p.nameEn,
      kind: p.kind, lat: p.lat, lon: p.lon, precisionKm: p.precisionKm, country: p.country,
      sentence: { start: sentence.start, end: sentence.end }, event: events[i]!,
    }];
  });
  return Response.json({ mentions }, { headers: { "Cache-Control": "no-store" } });
}

export const POST = guardRoute(limitHeavy(geoparseRequest));

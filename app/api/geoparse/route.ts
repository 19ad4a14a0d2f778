import { z } from "zod";
import { guardRoute } from "@/lib/http/route-guard";
import { limitHeavy, overloaded, sharedHeavyLimit } from "@/lib/http/heavy-limit";
import { jsonError } from "@/lib/http/json-error";
import { isJsonContentType } from "@/lib/http/media-type";
import { readLimitedBody } from "@/lib/http/read-limited-body";
import { isWorkerCrash } from "@/lib/http/worker-pool";
import { geoparseOffThread } from "./pool";

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
 * large (the body is read with a limit, never whole); 400 on invalid JSON or wrong types. The
 * geoparsing itself runs on a worker thread (./pool.ts) under the heavy-work limit, so the event
 * loop keeps serving the cheap routes; a thread that dies mid-request is a 503 with Retry-After.
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

  let answer: string;
  try {
    answer = await geoparseOffThread(text);
  } catch (error) {
    // The thread died under this request (and is being replaced): busy, not broken; try again.
    if (isWorkerCrash(error)) return overloaded(sharedHeavyLimit().options.retryAfterSeconds);
    throw error;
  }
  // The very bytes Response.json({mentions}) would send: the worker serialised them.
  return new Response(answer, { headers: { "Content-Type": "application/json", "Cache-Control": "no-store" } });
}

export const POST = guardRoute(limitHeavy(geoparseRequest));

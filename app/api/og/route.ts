// The share preview image of a view: GET /api/og?p=<placeId>[&m=<mentionId>] → image/png.
import { z } from "zod";
import { loadGazetteer } from "@/lib/gazetteer/load";
import { buildExcerpt } from "@/lib/corpus/excerpt";
import { corpus } from "../../_lib/corpus";
import { getLibyaBasemap } from "@/lib/geo/libya-basemap";
import { MENTION_ID, PLACE_ID } from "@/lib/url-state";
import { previewSvg } from "@/lib/share/preview-svg";
import { svgToPngOffThread } from "./render-off-thread";
import { limitHeavy } from "@/lib/http/heavy-limit";
import { guardRoute } from "@/lib/http/route-guard";

const querySchema = z.object({
  p: z.string().max(80, "p is too long").regex(PLACE_ID, "p must be a place id like abu-qurain"),
  m: z
    .string()
    .max(80, "m is too long")
    .regex(MENTION_ID, "m must be a mention id like 002:161")
    .optional(),
});

const json = (status: number, error: string) =>
  Response.json({ error }, { status, headers: { "Cache-Control": "no-store" } });

// Rendering costs ~100 ms of CPU: keep the most recent images (a few hundred KB at most).
const CACHE_SIZE = 64;
const cache = new Map<string, Uint8Array>();

function remember(key: string, png: Uint8Array): void {
  cache.set(key, png);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/**
 * The place's names, its dot on Libya and, with `m`, the quote of that mention. An unknown place is
 * a 404; a mention the place does not have is left out (the image still shows the place), as the
 * URL state ignores what it does not know. Bad parameters are a 400 naming the problem. Rendering
 * runs under the shared heavy-work limit (503 with Retry-After past it), and a fault of ours is a
 * logged JSON 500 (guardRoute).
 */
async function previewImage(request: Request): Promise<Response> {
  const url = new URL(request.url);
  for (const key of ["p", "m"]) {
    if (url.searchParams.getAll(key).length > 1) return json(400, `parameter ${key} given more than once`);
  }
  const parsed = querySchema.safeParse({
    p: url.searchParams.get("p") ?? undefined,
    m: url.searchParams.get("m") ?? undefined,
  });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join(".") || "query";
    const message = issue?.code === "invalid_type" ? `${field} is required` : (issue?.message ?? "invalid query");
    return json(400, message);
  }
  const { p, m } = parsed.data;
  const place = loadGazetteer().byId.get(p);
  if (!place) return json(404, `unknown place "${p}"`);

  const found = m ? corpus().store.mention(m) : undefined;
  // The quote as a popup shows it (trimmed around the name), and only a mention of this place.
  const mention =
    found && found.placeId === p
      ? {
          id: found.id,
          excerpt: buildExcerpt(found.sentenceText, { start: 0, end: found.sentenceText.length }, { start: found.start - found.sentence.start, end: found.end - found.sentence.start }),
        }
      : undefined;
  const key = `${p}|${mention?.id ?? ""}`;
  let png = cache.get(key);
  if (!png) {
    const { focus, land } = getLibyaBasemap();
    const svg = previewSvg({
      nameAr: place.nameAr,
      nameEn: place.nameEn,
      lat: place.lat,
      lon: place.lon,
      quote: mention?.excerpt.text,
      outline: focus.geometry,
      land: land.geometry,
      marker: place.kind !== "country",
    });
    png = new Uint8Array(await svgToPngOffThread(svg));
    remember(key, png);
  }
  return new Response(png as BodyInit, {
    headers: {
      "Content-Type": "image/png",
      "Content-Length": String(png.byteLength),
      "Cache-Control": "public, max-age=3600",
    },
  });
}

export const GET = guardRoute(limitHeavy(previewImage));

import { tokenize } from "../arabic";
import type { Gazetteer } from "../gazetteer/types";
import { loadGazetteer } from "../gazetteer/load";
import type { Candidate, Signals } from "./candidate";
import { candidateAt } from "./candidates";
import { classify, PERSON } from "./classifiers";
import type { Context } from "./context";
import { related, resolve } from "./resolve";
import type { GeoMention } from "./types";

/** How many tokens either side count as "nearby" for context (about two sentences). */
const WINDOW = 40;
/** A common-word name right next to another place (a list: "طرابلس والخمس") is supported. */
const LIST_DISTANCE = 2;

const countryIdsCache = new WeakMap<Gazetteer, Map<string, string>>();
function countryIds(g: Gazetteer): Map<string, string> {
  let m = countryIdsCache.get(g);
  if (!m) {
    m = new Map(g.places.filter((p) => p.kind === "country").map((p) => [p.country, p.id]));
    countryIdsCache.set(g, m);
  }
  return m;
}

/**
 * Finds the place names in an Arabic text and resolves each to one gazetteer place.
 * One pass over the tokens with index look-ups (longest name first), classifiers on each
 * candidate, then one resolver that uses the places named nearby as context.
 * Offsets are into the original text: text.slice(m.start, m.end) === m.surface.
 *
 * Example: geoparse("وصلت القوات إلى بالجفرة وسرت") → [{surface:"الجفرة", placeId:"jufra"},
 * {surface:"سرت", placeId:"sirte"}].
 */
export function geoparse(text: string, gazetteer: Gazetteer = loadGazetteer()): GeoMention[] {
  const ctx: Context = { text, tokens: tokenize(text) };
  let found: { c: Candidate; s: Signals }[] = [];
  const personNames = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; ) {
    const c = candidateAt(ctx, gazetteer.index, i);
    if (!c) {
      i++;
      continue;
    }
    const s = classify(c, ctx);
    if (s.reject) {
      if (s.reject === PERSON) personNames.add(c.key);
      i++;
      continue;
    }
    found.push({ c, s });
    i = c.last + 1;
  }
  // One sense per article: "السراج" after "فائز" is the man wherever else it stands, unless a
  // place word announces it ("حي السراج").
  if (personNames.size > 0) found = found.filter(({ c, s }) => s.cued || !personNames.has(c.key));

  const ids = countryIds(gazetteer);
  const mentions: GeoMention[] = [];
  for (let k = 0; k < found.length; k++) {
    const { c, s } = found[k]!;
    const nearby = new Set<string>();
    let listed = false;
    for (let j = k - 1; j >= 0 && found[j]!.c.last >= c.first - WINDOW; j--) collect(found[j]!, nearby);
    for (let j = k + 1; j < found.length && found[j]!.c.first <= c.last + WINDOW; j++) collect(found[j]!, nearby);
    if (s.needsSupport && !s.cued) {
      const prev = found[k - 1];
      const next = found[k + 1];
      listed =
        (prev !== undefined && !isWeak(prev.s) && c.first - prev.c.last <= LIST_DISTANCE) ||
        (next !== undefined && !isWeak(next.s) && next.c.first - c.last <= LIST_DISTANCE);
      if (!listed && !related(c, nearby, gazetteer) && !closeBy(found, k)) continue;
    }
    const { place, start } = resolve(c, s, nearby, gazetteer, ids);
    mentions.push({ start, end: c.end, surface: text.slice(start, c.end), placeId: place.id });
  }
  return mentions;
}

/** How close (km) a place named nearby must be to support a common-word name. */
const CLOSE_KM = 100;
/** How many tokens either side such a close place may stand (about one sentence). */
const CLOSE_WINDOW = 20;

/**
 * True when a place named within the window (not a country or region, whose points say
 * little) lies within CLOSE_KM of one of the candidate's places: "في المرج والبيضاء وشحات".
 */
function closeBy(found: readonly { c: Candidate; s: Signals }[], k: number): boolean {
  const { c } = found[k]!;
  for (let j = k - 1; j >= 0 && found[j]!.c.last >= c.first - CLOSE_WINDOW; j--) if (near(c, found[j]!)) return true;
  for (let j = k + 1; j < found.length && found[j]!.c.first <= c.last + CLOSE_WINDOW; j++) if (near(c, found[j]!)) return true;
  return false;
}

function near(c: Candidate, other: { c: Candidate; s: Signals }): boolean {
  if (isWeak(other.s)) return false;
  for (const a of c.places)
    for (const b of other.c.places) {
      if (b.kind === "country" || b.kind === "region") continue;
      if (km(a.lat, a.lon, b.lat, b.lon) <= CLOSE_KM) return true;
    }
  return false;
}

/** Equirectangular distance: plenty for "within 100 km". */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
  const y = (lat2 - lat1) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}

/** A candidate that itself still needs support cannot support another one. */
function isWeak(s: Signals): boolean {
  return s.needsSupport === true && !s.cued;
}

function collect(f: { c: Candidate; s: Signals }, into: Set<string>): void {
  if (isWeak(f.s)) return;
  for (const p of f.c.places) into.add(p.id);
}

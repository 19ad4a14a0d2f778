import type { Gazetteer } from "../gazetteer/types";
import type { Candidate } from "./candidate";
import type { Context } from "./context";
import { isWeak as isWeak_, type Found } from "./found";
import { related as related_ } from "./resolve";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const isWeak = isWeak_;
const related = related_;

/** A common-word name right next to another place (a list: "طرابلس والخمس") is supported. */
const LIST_DISTANCE = 2;
/** How close (km) a place named nearby must be to support a common-word name. */
const CLOSE_KM = 60;
/** How many tokens either side such a close place may stand (about one sentence). */
const CLOSE_WINDOW = 20;

/**
 * Whether a name that is also a common word (found[k], no cue before it) is meant as a place:
 * it stands in a list with another place ("بين طرابلس والخمس"), or a related place — its parent
 * or child — is named in the same sentence, or another place within CLOSE_KM is named there too
 * ("اشتباكات في البيضاء ... شحات"). "خلال الخمس سنوات" has none of these, even when
 * "مدينة الخمس" comes later: a name does not support itself. "المدينة القديمة" in a sentence
 * about Benghazi is not Tripoli's old city because Tripoli was named in the sentence before.
 * One sense per article: a name taken as a place earlier (`takenBefore`: "منطقة الصابري") is a
 * place when it comes back bare ("المعارك في الصابري").
 */
export function supported(
  found: readonly Found[],
  k: number,
  g: Gazetteer,
  ctx: Context,
  takenBefore: ReadonlySet<string> = new Set(),
): boolean {
  const { c } = found[k]!;
  if (takenBefore.has(c.key)) return true;
  const prev = found[k - 1];
  const next = found[k + 1];
  if (prev && !isWeak(prev.s) && coordinated(prev.c, c, ctx)) return true;
  if (next && !isWeak(next.s) && coordinated(c, next.c, ctx)) return true;
  if (related(c, sameSentencePlaces(found, k, ctx), g)) return true;
  for (let j = k - 1; j >= 0 && found[j]!.c.last >= c.first - CLOSE_WINDOW; j--) {
    if (SENTENCE_END.test(ctx.text.slice(found[j]!.c.end, c.start))) break;
    if (near(c, found[j]!)) return true;
  }
  for (let j = k + 1; j < found.length && found[j]!.c.first <= c.last + CLOSE_WINDOW; j++) {
    if (SENTENCE_END.test(ctx.text.slice(c.end, found[j]!.c.start))) break;
    if (near(c, found[j]!)) return true;
  }
  return false;
}

/**
 * True when b follows a in a list: at most LIST_DISTANCE tokens apart, joined by و (on b, or as
 * its own word) or a comma. "طرابلس والخمس", "طرابلس، الخمس"; not "دور وازن لتركيا".
 */
export function coordinated(a: Candidate, b: Candidate, ctx: Context): boolean {
  if (b.first - a.last > LIST_DISTANCE) return false;
  const first = ctx.tokens[b.first]!;
  if (b.start > first.start && first.norm.charCodeAt(0) === WAW) return true;
  for (let t = a.last + 1; t < b.first; t++) if (ctx.tokens[t]!.norm === "و") return true;
  return /[،,]/.test(ctx.text.slice(a.end, b.start));
}

const WAW = 0x0648;

/** Ends of sentences: a related place across one does not support a common-word name. */
const SENTENCE_END = /[.!?؟\n]/;

/** The places named within CLOSE_WINDOW tokens of found[k] with no sentence end between (weak ones left out). */
function sameSentencePlaces(found: readonly Found[], k: number, ctx: Context): Set<string> {
  const { c } = found[k]!;
  const out = new Set<string>();
  for (let j = k - 1; j >= 0 && found[j]!.c.last >= c.first - CLOSE_WINDOW; j--) {
    const f = found[j]!;
    if (SENTENCE_END.test(ctx.text.slice(f.c.end, c.start))) break;
    if (!isWeak(f.s)) for (const p of f.c.places) out.add(p.id);
  }
  for (let j = k + 1; j < found.length && found[j]!.c.first <= c.last + CLOSE_WINDOW; j++) {
    const f = found[j]!;
    if (SENTENCE_END.test(ctx.text.slice(c.end, f.c.start))) break;
    if (!isWeak(f.s)) for (const p of f.c.places) out.add(p.id);
  }
  return out;
}

/**
 * True when `other` (not weak) names a different point place within CLOSE_KM of one of c's
 * places, or inside the area c's place covers (its precisionKm, when larger): a road or a
 * district is long or wide, so a town on it supports it though its point is far from the town
 * ("الطريق الساحلي بين سرت ومصراتة": Sirte and Misrata lie on the Misrata–Sirte stretch).
 */
function near(c: Candidate, other: Found): boolean {
  if (isWeak(other.s) || other.c.key === c.key) return false; // a name cannot support itself
  for (const a of c.places)
    for (const b of other.c.places) {
      if (b.kind === "country" || b.kind === "region") continue; // their points say little
      if (km(a.lat, a.lon, b.lat, b.lon) <= Math.max(CLOSE_KM, a.precisionKm)) return true;
    }
  return false;
}

/** Equirectangular distance in km: plenty for "within 60 km". Example: km(32.76,21.75,32.76,22.64) ≈ 83. */
export function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const x = (lon2 - lon1) * r * Math.cos(((lat1 + lat2) / 2) * r);
  const y = (lat2 - lat1) * r;
  return 6371 * Math.sqrt(x * x + y * y);
}

import type { Candidate, Signals } from "../candidate";
import type { Context } from "../context";
import { OIL_WORDS as OIL_WORDS_ } from "../words";
import { placeCue as placeCue_ } from "./place-cue";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const OIL_WORDS = OIL_WORDS_;
const placeCue = placeCue_;

/** How many tokens before a name an oil word may stand (about a clause or two). */
const OIL_WINDOW = 12;
const SENTENCE_END = /[.!?؟\n]/;

/**
 * A name that is also an oil field or terminal, after an oil word in the same sentence, is the
 * field: "استئناف الإنتاج من الشرارة والفيل" (both fields), "وقف إنتاج النفط وتصديره، فتوقف
 * العمل في الشرارة". It says which kinds to prefer and counts as a cue (so "الشرارة", also "the
 * spark", needs no other support). Names with no field or terminal reading are left alone.
 *
 * Example: "بقي الإنتاج متوقفاً في السرير" → { facilityKinds: ["oilfield", "port"], cued: true }.
 */
export function oilContext(c: Candidate, ctx: Context): Signals | null {
  if (!c.places.some((p) => p.kind === "oilfield")) return null;
  if (placeCue(c, ctx)) return null; // "حي الظهرة" is the district whatever the sentence is about
  for (let i = c.first - 1; i >= 0 && i >= c.first - OIL_WINDOW; i--) {
    const t = ctx.tokens[i]!;
    if (SENTENCE_END.test(ctx.text.slice(t.end, ctx.tokens[i + 1]!.start))) return null;
    if (OIL_WORDS.has(t.norm) || (t.norm.length > 3 && OIL_WORDS.has(t.norm.slice(1)))) return { facilityKinds: ["oilfield", "port"], cued: true };
  }
  return null;
}

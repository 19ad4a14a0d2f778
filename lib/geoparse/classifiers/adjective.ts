import type { Candidate, Signals } from "../candidate";
import { wordsBefore, type Context } from "../context";
import { COMMON_WORD_NAMES, FACILITY_CUES, MODIFIER_NAMES, PLACE_CUES } from "../words";

const ARTICLE = "ال";

/**
 * A definite word right after a definite noun is read as its adjective, not as a name:
 * "الأسلحة البيضاء" (bladed weapons), "الدول الخمس" (the five states). Only applied to names
 * that are also ordinary words or adjectives; "العاصمة المصرية القاهرة" keeps its Cairo.
 * A name with a proclitic (و, ب, ل) is never read as an adjective: "الليثي والسلماني".
 * (Nisba adjectives — الليبية, مصرية, التركي — never match a name at all: look-ups are whole words.)
 */
export function adjective(c: Candidate, ctx: Context): Signals | null {
  if (c.first !== c.last || !c.key.startsWith(ARTICLE)) return null;
  // An adjective takes no proclitic: "حي الليثي والسلماني" is a list of districts.
  if (c.start !== ctx.tokens[c.first]!.start) return null;
  if (!COMMON_WORD_NAMES.has(c.key) && !MODIFIER_NAMES.has(c.key)) return null;
  const before = wordsBefore(ctx, c.first);
  if (before.length === 0) return null;
  if (before.some((r) => PLACE_CUES.has(r.stem) || FACILITY_CUES.has(r.stem))) return null;
  return before.some((r) => r.stem.startsWith(ARTICLE) && r.stem.length > 3) ? { reject: "adjective" } : null;
}

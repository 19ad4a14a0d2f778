import type { Candidate, Signals } from "../candidate";
import { wordsBefore as wordsBefore_, type Context } from "../context";
import { COMMON_WORD_NAMES as COMMON_WORD_NAMES_, FACILITY_CUES as FACILITY_CUES_, MODIFIER_NAMES as MODIFIER_NAMES_, PLACE_CUES as PLACE_CUES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordsBefore = wordsBefore_;
const COMMON_WORD_NAMES = COMMON_WORD_NAMES_;
const FACILITY_CUES = FACILITY_CUES_;
const MODIFIER_NAMES = MODIFIER_NAMES_;
const PLACE_CUES = PLACE_CUES_;

/** The rejection reason of a name read as an adjective. */
export const ADJECTIVE = "adjective";

const ARTICLE = "ال";
const CONJUNCTIONS = "وف";

/**
 * A definite word right after a definite noun is read as its adjective, not as a name:
 * "الأسلحة البيضاء" (bladed weapons), "الدول الخمس" (the five states). Only applied to names
 * that are also ordinary words or adjectives; "العاصمة المصرية القاهرة" keeps its Cairo.
 * A name after a preposition (بالبيضاء) is never an adjective, nor a common-word name after و
 * ("الليثي والسلماني": it still needs support); "الأسلحة الخفيفة والبيضاء" is.
 * (Nisba adjectives — الليبية, مصرية, التركي — never match a name at all: look-ups are whole words.)
 */
export function adjective(c: Candidate, ctx: Context): Signals | null {
  if (c.first !== c.last || !c.key.startsWith(ARTICLE)) return null;
  // An adjective takes no preposition, and a common-word name after و is a list item that still
  // needs support ("حي الليثي والسلماني"); "الأسلحة الخفيفة والبيضاء" stays an adjective.
  const token = ctx.tokens[c.first]!;
  if (c.start !== token.start && (!CONJUNCTIONS.includes(token.norm[0]!) || COMMON_WORD_NAMES.has(c.key))) return null;
  if (!COMMON_WORD_NAMES.has(c.key) && !MODIFIER_NAMES.has(c.key)) return null;
  const before = wordsBefore(ctx, c.first);
  if (before.length === 0) return null;
  if (before.some((r) => PLACE_CUES.has(r.stem) || FACILITY_CUES.has(r.stem))) return null;
  return before.some((r) => r.stem.startsWith(ARTICLE) && r.stem.length > 3) ? { reject: ADJECTIVE } : null;
}

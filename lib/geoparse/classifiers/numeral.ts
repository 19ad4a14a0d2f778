import type { Candidate, Signals } from "../candidate";
import { wordAfter as wordAfter_, type Context } from "../context";
import { COMMON_WORD_NAMES as COMMON_WORD_NAMES_, COUNTED_NOUNS as COUNTED_NOUNS_, MODIFIER_NAMES as MODIFIER_NAMES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordAfter = wordAfter_;
const COMMON_WORD_NAMES = COMMON_WORD_NAMES_;
const COUNTED_NOUNS = COUNTED_NOUNS_;
const MODIFIER_NAMES = MODIFIER_NAMES_;

/**
 * A name that is also a number word, followed by a counted noun, is the number:
 * "الخمس سنوات" (the five years), "السبعة أيام" — not Khoms. Only for names that are also
 * ordinary words.
 */
export function numeral(c: Candidate, ctx: Context): Signals | null {
  if (!COMMON_WORD_NAMES.has(c.key) && !MODIFIER_NAMES.has(c.key)) return null;
  const after = wordAfter(ctx, c.last);
  return after && COUNTED_NOUNS.has(after.norm) ? { reject: "number word" } : null;
}

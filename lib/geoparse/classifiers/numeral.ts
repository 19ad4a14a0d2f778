import type { Candidate, Signals } from "../candidate";
import { wordAfter, type Context } from "../context";
import { COMMON_WORD_NAMES, COUNTED_NOUNS, MODIFIER_NAMES } from "../words";

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

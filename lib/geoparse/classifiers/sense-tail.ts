import type { Candidate, Signals } from "../candidate";
import { wordAfter, type Context } from "../context";
import { SENSE_TAILS } from "../words";

/**
 * A name followed by a word that only its ordinary reading takes is that word, not the place:
 * "في الزاوية اليسرى للمرمى" (the left corner of the goal), "الزاوية القائمة" (a right angle).
 *
 * Example: in "سجل هدفاً في الزاوية اليسرى" → { reject: "ordinary word" }; "في الزاوية الغربية" stays.
 */
export function senseTail(c: Candidate, ctx: Context): Signals | null {
  const tails = SENSE_TAILS.get(c.key);
  if (!tails) return null;
  const after = wordAfter(ctx, c.last);
  return after && tails.has(after.norm) ? { reject: "ordinary word" } : null;
}

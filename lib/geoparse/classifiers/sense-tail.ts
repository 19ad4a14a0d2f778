import type { Candidate, Signals } from "../candidate";
import { wordAfter as wordAfter_, type Context } from "../context";
import { SENSE_TAILS as SENSE_TAILS_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordAfter = wordAfter_;
const SENSE_TAILS = SENSE_TAILS_;

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

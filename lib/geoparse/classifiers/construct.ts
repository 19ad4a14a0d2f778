import type { Candidate, Signals } from "../candidate";
import { wordAfter as wordAfter_, type Context } from "../context";
import { COMMON_WORD_NAMES as COMMON_WORD_NAMES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordAfter = wordAfter_;
const COMMON_WORD_NAMES = COMMON_WORD_NAMES_;

const ARTICLE = "ال";

/**
 * A name without the article that is also an ordinary noun, followed directly by a definite
 * word, is the head of a construct (إضافة), not a name: "مساعد الأمين العام" (the assistant of),
 * "درج المكتب". Only applied to names that are also ordinary words.
 */
export function construct(c: Candidate, ctx: Context): Signals | null {
  if (c.first !== c.last || c.key.startsWith(ARTICLE) || !COMMON_WORD_NAMES.has(c.key)) return null;
  const after = wordAfter(ctx, c.last);
  return after && after.norm.startsWith(ARTICLE) && after.norm.length > 3 ? { reject: "construct head" } : null;
}

import type { Candidate, Signals } from "../candidate";
import { wordsBefore as wordsBefore_, type Context } from "../context";
import { DEMONSTRATIVES as DEMONSTRATIVES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordsBefore = wordsBefore_;
const DEMONSTRATIVES = DEMONSTRATIVES_;

const ARTICLE = "ال";

/**
 * A definite name right after a demonstrative is an ordinary noun: "من هذه الزاوية" (from this
 * angle), "تلك الجزيرة", "هذه المدينة القديمة". Names without the article stay: "هذه سرت".
 *
 * Example: in "من هذه الزاوية" → { reject: "after a demonstrative" }.
 */
export function demonstrative(c: Candidate, ctx: Context): Signals | null {
  if (!c.key.startsWith(ARTICLE) || c.start !== ctx.tokens[c.first]!.start) return null;
  return wordsBefore(ctx, c.first).some((r) => DEMONSTRATIVES.has(r.stem)) ? { reject: "after a demonstrative" } : null;
}

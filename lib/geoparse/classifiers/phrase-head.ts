import type { Candidate, Signals } from "../candidate";
import { wordsBefore as wordsBefore_, type Context } from "../context";
import { PHRASE_HEADS as PHRASE_HEADS_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordsBefore = wordsBefore_;
const PHRASE_HEADS = PHRASE_HEADS_;

/**
 * A name right after a noun that makes a fixed phrase with it is part of that phrase:
 * "حجر الزاوية" (cornerstone), "صلاة المغرب" (the sunset prayer), "بعد أذان المغرب".
 *
 * Example: in "حجر الزاوية في" → { reject: "fixed phrase" }.
 */
export function phraseHead(c: Candidate, ctx: Context): Signals | null {
  return wordsBefore(ctx, c.first).some((r) => PHRASE_HEADS.has(r.stem)) ? { reject: "fixed phrase" } : null;
}

import type { Candidate, Signals } from "../candidate";
import { COMMON_WORD_NAMES as COMMON_WORD_NAMES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const COMMON_WORD_NAMES = COMMON_WORD_NAMES_;

/**
 * A name that is also an ordinary word ("الخمس" the five, "البيضاء" the white, "الدولار")
 * needs support: a cue word before it, or a related place nearby (checked by the resolver).
 */
export function commonWord(c: Candidate): Signals | null {
  return COMMON_WORD_NAMES.has(c.key) ? { needsSupport: true } : null;
}

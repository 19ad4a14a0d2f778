import type { Candidate, Signals } from "../candidate";
import { COMMON_WORD_NAMES } from "../words";

/**
 * A name that is also an ordinary word ("الخمس" the five, "البيضاء" the white, "الدولار")
 * needs support: a cue word before it, or a related place nearby (checked by the resolver).
 */
export function commonWord(c: Candidate): Signals | null {
  return COMMON_WORD_NAMES.has(c.key) ? { needsSupport: true } : null;
}

import type { Candidate, Signals } from "../candidate";
import { GENERIC_NOUNS as GENERIC_NOUNS_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const GENERIC_NOUNS = GENERIC_NOUNS_;

/**
 * A bare common noun is never a name, even if some alias equals it: "المطار" (the airport,
 * pointing back to one named earlier), "القاعدة", "العاصمة".
 */
export function bareNoun(c: Candidate): Signals | null {
  return GENERIC_NOUNS.has(c.key) ? { reject: "bare common noun" } : null;
}

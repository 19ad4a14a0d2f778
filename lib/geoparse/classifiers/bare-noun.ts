import type { Candidate, Signals } from "../candidate";
import { GENERIC_NOUNS } from "../words";

/**
 * A bare common noun is never a name, even if some alias equals it: "المطار" (the airport,
 * pointing back to one named earlier), "القاعدة", "العاصمة".
 */
export function bareNoun(c: Candidate): Signals | null {
  return GENERIC_NOUNS.has(c.key) ? { reject: "bare common noun" } : null;
}

import type { Candidate, Signals } from "./candidate";

/** A candidate that passed the classifiers, with what they said about it. */
export type Found = { c: Candidate; s: Signals };

/** How many tokens either side count as "nearby" for context (about two sentences). */
export const WINDOW = 40;

/** A candidate that still needs support (a common-word name with no cue) cannot support others. */
export function isWeak(s: Signals): boolean {
  return s.needsSupport === true && !s.cued;
}

/**
 * The ids of the places named within `window` tokens of found[k] (every reading of each
 * name, weak ones left out). Example: for "عين زارة" in "عين زارة جنوب العاصمة طرابلس" →
 * {"tripoli", "tripoli-district", ...}.
 */
export function nearbyPlaces(found: readonly Found[], k: number, window = WINDOW): Set<string> {
  const { c } = found[k]!;
  const out = new Set<string>();
  for (let j = k - 1; j >= 0 && found[j]!.c.last >= c.first - window; j--) addPlaces(found[j]!, out);
  for (let j = k + 1; j < found.length && found[j]!.c.first <= c.last + window; j++) addPlaces(found[j]!, out);
  return out;
}

function addPlaces(f: Found, out: Set<string>): void {
  if (!isWeak(f.s)) for (const p of f.c.places) out.add(p.id);
}

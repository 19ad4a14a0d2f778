import type { Place } from "../gazetteer/place";
import type { Candidate } from "./candidate";
import type { Context } from "./context";
import { coordinated as coordinated_ } from "./support";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const coordinated = coordinated_;

/** A resolved name: the candidate and the place chosen for it. */
export type Resolved = { c: Candidate; place: Place };

/**
 * In a list of countries, a name that is both a capital and its country is the country:
 * "دعت تونس والجزائر ومصر" → Tunisia and Algeria (مصر is only a country), "النيجر والجزائر" →
 * Algeria. Only direct neighbours joined by و or a comma count; the change spreads along the
 * list both ways. Changes `resolved` in place.
 *
 * Example: [تونس→tunis, الجزائر→algiers, مصر→egypt] in "تونس والجزائر ومصر" → tunisia, algeria, egypt.
 */
export function preferCountriesInLists(resolved: Resolved[], ctx: Context): void {
  const country = (r: Resolved | undefined) => r?.place.kind === "country";
  const switchable = (r: Resolved) => r.place.kind !== "country" && r.c.places.some((p) => p.kind === "country" && p.country === r.place.country);
  const toCountry = (r: Resolved) => {
    r.place = r.c.places.find((p) => p.kind === "country" && p.country === r.place.country)!;
  };
  for (let k = resolved.length - 1; k >= 0; k--) {
    const r = resolved[k]!;
    const next = resolved[k + 1];
    if (switchable(r) && next && country(next) && coordinated(r.c, next.c, ctx)) toCountry(r);
  }
  for (let k = 0; k < resolved.length; k++) {
    const r = resolved[k]!;
    const prev = resolved[k - 1];
    if (switchable(r) && prev && country(prev) && coordinated(prev.c, r.c, ctx)) toCountry(r);
  }
}

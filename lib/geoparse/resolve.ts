import type { Gazetteer } from "../gazetteer/types";
import type { Place } from "../gazetteer/place";
import type { Candidate, Signals } from "./candidate";
import { KIND_RANK as KIND_RANK_ } from "./kind-rank";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const KIND_RANK = KIND_RANK_;

/** The places named near a candidate (its neighbours' places), for context. */
export type Nearby = ReadonlySet<string>;

/** The country code the corpus is about: a tie between two same-kind places goes to it. */
export const HOME_COUNTRY = "LY";

/**
 * How well a place fits: its kind's rank, the home country, and context: its parent named
 * nearby (عين زارة ... طرابلس supports the Tripoli neighbourhood), one of its children named
 * nearby, or, abroad, its country named nearby (طرابلس near لبنان).
 */
export function score(place: Place, nearby: Nearby, g: Gazetteer, countryIds: ReadonlyMap<string, string>): number {
  let s = KIND_RANK[place.kind];
  if (place.country === HOME_COUNTRY) s += 15;
  if (place.parent !== undefined && nearby.has(place.parent)) s += 30;
  else if (g.children.get(place.id)?.some((ch) => nearby.has(ch.id))) s += 20;
  if (place.country !== HOME_COUNTRY && place.kind !== "country") {
    const countryId = countryIds.get(place.country);
    if (countryId !== undefined && nearby.has(countryId)) s += 30;
  }
  return s;
}

/** True when a related place (parent or child of one of the candidate's places) is named nearby. */
export function related(c: Candidate, nearby: Nearby, g: Gazetteer): boolean {
  return c.places.some(
    (p) => (p.parent !== undefined && nearby.has(p.parent)) || (g.children.get(p.id)?.some((ch) => nearby.has(ch.id)) ?? false),
  );
}

/**
 * Picks one place for a candidate. With a facility word before it, a place of that kind wins;
 * failing that, the one airport/base/port of that kind inside the named place ("مطار مصراتة" →
 * Misrata Airport, whose parent is Misrata), with the span widened to cover the facility word.
 * After a country cue ("الحدود مع تونس") a country wins. Otherwise the best score wins; ties keep
 * gazetteer order.
 *
 * Example: "الجفرة" alone → the district (no city of that name); "قاعدة الجفرة" → the air base.
 */
export function resolve(
  c: Candidate,
  s: Signals,
  nearby: Nearby,
  g: Gazetteer,
  countryIds: ReadonlyMap<string, string>,
): { place: Place; start: number } {
  const kinds = s.facilityKinds;
  if (kinds) {
    const direct = best(c.places.filter((p) => kinds.includes(p.kind)), kinds, nearby, g, countryIds);
    if (direct) return { place: direct, start: c.start };
    const child = facilityOf(c, kinds, g);
    if (child) return { place: child, start: s.facilityCueStart ?? c.start };
  }
  const countries = s.countryCue ? c.places.filter((p) => p.kind === "country") : [];
  return { place: best(countries.length > 0 ? countries : c.places, [], nearby, g, countryIds)!, start: c.start };
}

/** Kinds for which "<facility word> <town>" names the town's own facility: مطار مصراتة, ميناء الخمس. */
const OWN_FACILITY_KINDS: ReadonlySet<string> = new Set(["airport", "airbase", "port"]);

/**
 * The one facility of the first cue kind inside the named place ("مطار مصراتة" → the airport
 * whose parent is Misrata). None when that kind is not an airport/base/port (a street or a
 * station "of" a town is not named this way) or when the place has several: then the town stands.
 */
function facilityOf(c: Candidate, kinds: readonly string[], g: Gazetteer): Place | undefined {
  for (const kind of kinds) {
    if (!OWN_FACILITY_KINDS.has(kind)) continue;
    const inside = c.places.flatMap((p) => (g.children.get(p.id) ?? []).filter((ch) => ch.kind === kind));
    if (inside.length === 1) return inside[0];
    if (inside.length > 1) return undefined;
  }
  return undefined;
}

function best(
  places: readonly Place[],
  kinds: readonly string[],
  nearby: Nearby,
  g: Gazetteer,
  countryIds: ReadonlyMap<string, string>,
): Place | undefined {
  let top: Place | undefined;
  let topScore = -Infinity;
  for (const p of places) {
    const k = kinds.indexOf(p.kind);
    const sc = score(p, nearby, g, countryIds) - (k > 0 ? 100 * k : 0);
    if (sc > topScore) {
      top = p;
      topScore = sc;
    }
  }
  return top;
}

import { tokenize as tokenize_ } from "../arabic/tokenize";
import type { Gazetteer } from "../gazetteer/types";
import { loadGazetteer as loadGazetteer_ } from "../gazetteer/load";
import { candidateAt as candidateAt_ } from "./candidates";
import { adjective as adjective_, ADJECTIVE as ADJECTIVE_, classify as classify_, person as person_, PERSON as PERSON_ } from "./classifiers";
import type { Context } from "./context";
import { preferCountriesInLists as preferCountriesInLists_, type Resolved } from "./country-list";
import { isWeak as isWeak_, nearbyPlaces as nearbyPlaces_, type Found } from "./found";
import { withListCue as withListCue_ } from "./list-cue";
import { resolve as resolve_ } from "./resolve";
import { coordinated as coordinated_, supported as supported_ } from "./support";
import type { GeoMention } from "./types";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const tokenize = tokenize_;
const loadGazetteer = loadGazetteer_;
const candidateAt = candidateAt_;
const adjective = adjective_;
const ADJECTIVE = ADJECTIVE_;
const classify = classify_;
const PERSON = PERSON_;
const person = person_;
const preferCountriesInLists = preferCountriesInLists_;
const isWeak = isWeak_;
const nearbyPlaces = nearbyPlaces_;
const withListCue = withListCue_;
const resolve = resolve_;
const coordinated = coordinated_;
const supported = supported_;

const NO_PLACES: ReadonlySet<string> = new Set();

const countryIdsCache = new WeakMap<Gazetteer, Map<string, string>>();
/** ISO code → the id of the country place ("LB" → "lebanon"), once per gazetteer. */
function countryIds(g: Gazetteer): Map<string, string> {
  let m = countryIdsCache.get(g);
  if (!m) {
    m = new Map(g.places.filter((p) => p.kind === "country").map((p) => [p.country, p.id]));
    countryIdsCache.set(g, m);
  }
  return m;
}

/**
 * Finds the place names in an Arabic text and resolves each to one gazetteer place.
 * The pipeline: one pass over the tokens with index look-ups (longest name first, proclitics
 * peeled: candidates.ts), the classifiers on each candidate (classifiers/), then support for
 * common-word names (support.ts) and one resolver using the places named nearby (resolve.ts).
 * A plural cue carries over its list ("موانئ السدرة وراس لانوف": list-cue.ts), and a capital
 * listed with countries is its country ("تونس والجزائر ومصر": country-list.ts).
 * Offsets are into the original text: text.slice(m.start, m.end) === m.surface.
 *
 * Example: geoparse("وصلت القوات إلى الجفرة وسرت") → [{surface:"الجفرة", placeId:"jufra"},
 * {surface:"سرت", placeId:"sirte"}] (with start/end).
 */
export function geoparse(text: string, gazetteer: Gazetteer = loadGazetteer()): GeoMention[] {
  const ctx: Context = { text, tokens: tokenize(text) };
  let found: Found[] = [];
  const personNames = new Set<string>();
  for (let i = 0; i < ctx.tokens.length; ) {
    const c = candidateAt(ctx, gazetteer.index, i);
    if (!c) {
      i++;
      continue;
    }
    const prev = found[found.length - 1];
    let s = classify(c, ctx);
    // Right after a place and joined to it by و or a comma, a name is the next item of a list, not
    // that place's adjective: "المرج والبيضاء" (but "الأسلحة الخفيفة والبيضاء").
    if (s.reject === ADJECTIVE && prev && prev.c.last === c.first - 1 && coordinated(prev.c, c, ctx)) s = classify(c, ctx, adjective);
    // Likewise a name that is also a given name, listed right after a place: "شكشوك وتيجي وبدر".
    else if (s.reject === PERSON && prev && !isWeak(prev.s) && prev.c.last === c.first - 1 && coordinated(prev.c, c, ctx)) s = classify(c, ctx, person);
    s = withListCue(prev, c, s, ctx);
    if (s.reject) {
      if (s.reject === PERSON) personNames.add(c.key);
      i++; // a shorter name may still start inside a rejected one
      continue;
    }
    found.push({ c, s });
    i = c.last + 1;
  }
  // One sense per article: "السراج" after "فائز" is the man wherever else it stands, unless a
  // place word announces it ("حي السراج").
  if (personNames.size > 0) found = found.filter(({ c, s }) => s.cued || !personNames.has(c.key));

  const ids = countryIds(gazetteer);
  const resolved: (Resolved & { start: number })[] = [];
  const taken = new Set<string>();
  for (let k = 0; k < found.length; k++) {
    const { c, s } = found[k]!;
    if (isWeak(s) && !supported(found, k, gazetteer, ctx, taken)) continue;
    // The places named nearby only choose between readings: a name with one place needs none.
    const nearby = c.places.length > 1 ? nearbyPlaces(found, k) : NO_PLACES;
    taken.add(c.key);
    const { place, start } = resolve(c, s, nearby, gazetteer, ids);
    resolved.push({ c, place, start });
  }
  preferCountriesInLists(resolved, ctx);
  return resolved.map(({ c, place, start }) => ({ start, end: c.end, surface: text.slice(start, c.end), placeId: place.id }));
}

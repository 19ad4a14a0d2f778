import type { Place } from "../gazetteer/place";
import type { FuzzyNames } from "./fuzzy-names";
import { fuzzyEntries, maxTypos } from "./fuzzy-names";
import { searchKey } from "./search-key";

/** How a query met a name, best first. */
export type MatchKind = "exact" | "prefix" | "word" | "substring" | "typo";

export type SearchResult = {
  place: Place;
  /** the gazetteer spelling that matched (the name or an alias), as written there */
  matchedName: string;
  matchedLang: "ar" | "en";
  match: MatchKind;
  /** MATCH_SCORE of the match, plus MENTIONED_BONUS when the place is mentioned; higher is better */
  score: number;
  /** false for a gazetteer place with no mention in the current selection (the UI says so) */
  mentioned: boolean;
  mentions: number;
};

export type SearchOptions = {
  /** at most this many results (default 10) */
  limit?: number;
  /**
   * The index's typo-tolerant view (lib/explore/fuzzy-names): with it, names within one or two
   * typing errors of the query ("Misratta", "Bengahzi", "طرابلص") are found too, ranked after
   * every exact, prefix, word and substring match.
   */
  fuzzy?: FuzzyNames;
};

export const MATCH_SCORE: Record<MatchKind, number> = { exact: 4, prefix: 3, word: 2, substring: 1, typo: 0 };
/** Per edit fewer than the most allowed: a typo match scores at most 0.3, so mentioned or not it stays under a substring. */
const TYPO_STEP = 0.1;
/** Less than one step between match kinds: being mentioned only reorders places of equal match. */
export const MENTIONED_BONUS = 0.5;
/** Longer queries cannot match any name; cutting them keeps a pasted essay cheap. */
const MAX_QUERY = 100;

export type Entry = {
  place: Place;
  name: string;
  lang: "ar" | "en";
  primary: boolean;
  /** the key without spaces, so "ابو قرين", "ابوقرين" and "Abu-Qurain"/"AbuQurain" meet */
  compact: string;
  /** offsets in `compact` where a word starts after the first (and after a leading ال) */
  wordStarts: number[];
};

/** Normalised names of one gazetteer, built once and reused for every keystroke. */
export type SearchIndex = { entries: Entry[] };

/**
 * Precomputes the normalised names (nameAr, nameEn and every alias) of a gazetteer.
 * searchPlaces() builds and caches this per places array itself; call it directly only to
 * control when the work happens.
 * @example buildSearchIndex(loadGazetteer().places).entries.length // one entry per name and alias (3,029 for 510 places)
 */
export function buildSearchIndex(places: readonly Place[]): SearchIndex {
  const entries: Entry[] = [];
  for (const place of places) {
    const names: [string, "ar" | "en", boolean][] = [
      [place.nameAr, "ar", true],
      [place.nameEn, "en", true],
      ...place.aliases.ar.map((n): [string, "ar", boolean] => [n, "ar", false]),
      ...place.aliases.en.map((n): [string, "en", boolean] => [n, "en", false]),
    ];
    for (const [name, lang, primary] of names) {
      const key = searchKey(name);
      if (key === "") continue;
      const { compact, wordStarts } = compactWithWordStarts(key);
      entries.push({ place, name, lang, primary, compact, wordStarts });
    }
  }
  return { entries };
}

function compactWithWordStarts(key: string): { compact: string; wordStarts: number[] } {
  const words = key.split(" ");
  const wordStarts: number[] = [];
  let compact = "";
  for (const word of words) {
    if (compact.length > 0) wordStarts.push(compact.length);
    // "جفرة" should find "الجفرة" as a word start, not as a bare substring.
    if (word.startsWith("ال") && word.length > 3) wordStarts.push(compact.length + 2);
    compact += word;
  }
  return { compact, wordStarts };
}

const cache = new WeakMap<readonly Place[], SearchIndex>();

/**
 * The search index of a places array, built on first use and cached for that array (a
 * WeakMap, so a reloaded gazetteer gets a fresh index and the old one can be collected).
 * @example searchIndexFor(g.places) === searchIndexFor(g.places) // true
 */
export function searchIndexFor(places: readonly Place[] | SearchIndex): SearchIndex {
  if (!Array.isArray(places)) return places as SearchIndex;
  const list = places as readonly Place[];
  let index = cache.get(list);
  if (!index) {
    index = buildSearchIndex(list);
    cache.set(list, index);
  }
  return index;
}

function matchKind(entry: Entry, q: string): MatchKind | null {
  if (entry.compact === q) return "exact";
  if (entry.compact.startsWith(q)) return "prefix";
  for (const at of entry.wordStarts) if (entry.compact.startsWith(q, at)) return "word";
  // One letter inside a word matches half the gazetteer: only word starts count for it.
  if (q.length > 1 && entry.compact.includes(q)) return "substring";
  return null;
}

/**
 * Finds gazetteer places by Arabic or English name or alias, as the user types.
 *
 * Spellings meet through searchKey (lib/arabic's normaliser plus Latin accent folding):
 * مصراته finds مصراتة, ابو قرين / أبو قرين / أبوقرين / بوقرين find Abu Qurain through its
 * aliases, tashkeel is ignored, "misurata" finds Misrata through its English alias,
 * "Abu-Qurain" and "abu qurain" are the same. Spaces do not count ("ابوقرين" = "ابو قرين").
 *
 * Ranking: the best match of each place decides (exact name > prefix of the name > start
 * of a later word, or of a word after ال > anywhere inside > with `opts.fuzzy`, a name one
 * or two typing errors away, fewer errors first); at equal match a place
 * mentioned in the current selection (`mentioned` count > 0) comes first, then the more
 * mentioned, then a primary name over an alias, then the shorter name, then nameEn.
 * Places not mentioned are returned too, with mentioned=false. A query of one letter
 * matches word starts only.
 *
 * @example
 * searchPlaces("مصر", loadGazetteer().places, new Map([["misrata", 9]]))
 * // [{ place: egypt, match: "exact", mentioned: false, … }, { place: misrata, match: "prefix", mentioned: true, … },
 * //  { place: misrata-airport, match: "word", … }, …]
 */
export function searchPlaces(
  query: string,
  places: readonly Place[] | SearchIndex,
  mentioned: ReadonlyMap<string, number>,
  opts: SearchOptions = {},
): SearchResult[] {
  const limit = opts.limit ?? 10;
  const q = searchKey(query.slice(0, MAX_QUERY)).replaceAll(" ", "");
  if (q === "" || limit <= 0) return [];

  const index = searchIndexFor(places);
  const best = new Map<string, { entry: Entry; kind: MatchKind; typos: number }>();
  for (const entry of index.entries) {
    const kind = matchKind(entry, q);
    if (kind === null) continue;
    const prev = best.get(entry.place.id);
    if (!prev || betterEntry(entry, kind, prev.entry, prev.kind)) best.set(entry.place.id, { entry, kind, typos: 0 });
  }
  if (opts.fuzzy && opts.fuzzy.index === index) {
    for (const [i, typos] of fuzzyEntries(opts.fuzzy, q)) {
      const entry = index.entries[i];
      if (!entry) continue;
      const prev = best.get(entry.place.id);
      if (!prev || (prev.kind === "typo" && typos < prev.typos)) best.set(entry.place.id, { entry, kind: "typo", typos });
    }
  }

  const results: SearchResult[] = [];
  const allowed = maxTypos(q);
  for (const { entry, kind, typos } of best.values()) {
    const mentions = mentioned.get(entry.place.id) ?? 0;
    const isMentioned = mentions > 0;
    results.push({
      place: entry.place,
      matchedName: entry.name,
      matchedLang: entry.lang,
      match: kind,
      score: MATCH_SCORE[kind] + (kind === "typo" ? TYPO_STEP * (allowed + 1 - typos) : 0) + (isMentioned ? MENTIONED_BONUS : 0),
      mentioned: isMentioned,
      mentions,
    });
  }
  results.sort(
    (a, b) =>
      b.score - a.score ||
      b.mentions - a.mentions ||
      Number(isPrimary(b)) - Number(isPrimary(a)) ||
      a.matchedName.length - b.matchedName.length ||
      compareStrings(a.place.nameEn, b.place.nameEn) ||
      compareStrings(a.place.id, b.place.id),
  );
  return results.slice(0, limit);
}

// Plain code-unit order: deterministic everywhere and far cheaper than localeCompare on
// the thousands of hits a one-letter query has.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isPrimary(r: SearchResult): boolean {
  return r.matchedName === r.place.nameAr || r.matchedName === r.place.nameEn;
}

/** Within one place: the better match kind, then a primary name, then the shorter spelling. */
function betterEntry(a: Entry, ak: MatchKind, b: Entry, bk: MatchKind): boolean {
  if (MATCH_SCORE[ak] !== MATCH_SCORE[bk]) return MATCH_SCORE[ak] > MATCH_SCORE[bk];
  if (a.primary !== b.primary) return a.primary;
  return a.compact.length < b.compact.length;
}

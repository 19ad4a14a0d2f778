import SearchableMap from "minisearch/SearchableMap";
import type { SearchIndex } from "./search";

/**
 * The names of a search index in a radix tree that finds keys within a few typing errors
 * (MiniSearch's SearchableMap: a kept library's Levenshtein search over a trie, so a query
 * visits only the branches that can still match instead of every name).
 * Values are the positions of the index's entries with that key.
 */
export type FuzzyNames = { tree: SearchableMap<number[]>; index: SearchIndex };

/**
 * How many typing errors a query may hold: none under four letters (three-letter names are too
 * many to guess between), one from four, two from seven. Counted on the compact key.
 * @example maxTypos("سرت") // 0
 * @example maxTypos("misratta") // 2
 */
export function maxTypos(compactQuery: string): number {
  const n = [...compactQuery].length;
  return n >= 7 ? 2 : n >= 4 ? 1 : 0;
}

/**
 * Builds the typo-tolerant view of a search index (call once per gazetteer; the search box
 * loads this module only when it first needs it, so the page does not carry MiniSearch).
 * @example buildFuzzyNames(searchIndexFor(places)).tree.size // distinct compact names
 */
export function buildFuzzyNames(index: SearchIndex): FuzzyNames {
  const tree = new SearchableMap<number[]>();
  index.entries.forEach((entry, i) => {
    const at = tree.get(entry.compact);
    if (at) at.push(i);
    else tree.set(entry.compact, [i]);
  });
  return { tree, index };
}

/**
 * Entry positions whose compact name lies within maxTypos(q) edits of the compact query, with
 * that distance. Exact keys (distance 0) are left out: the exact matcher has them already.
 * @example fuzzyEntries(f, "bengahzi") // Map { 17 => 2 } (Benghazi: "ha" typed "ah")
 */
export function fuzzyEntries(f: FuzzyNames, compactQuery: string): Map<number, number> {
  const out = new Map<number, number>();
  const typos = maxTypos(compactQuery);
  if (typos === 0) return out;
  for (const [, [positions, distance]] of f.tree.fuzzyGet(compactQuery, typos)) {
    if (distance === 0) continue;
    for (const i of positions) out.set(i, distance);
  }
  return out;
}

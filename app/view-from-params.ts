import { getCorpusIndex } from "@/lib/corpus";
import type { CorpusIndex } from "@/lib/corpus/types";
import { DEFAULT_VIEW, parseViewState, sanitizeViewState, type KnownIds, type SearchInput } from "@/lib/url-state";
import type { UrlView } from "@/components/use-url-view";

const knownByIndex = new WeakMap<CorpusIndex, KnownIds>();

/** The ids a URL may name: mentioned places (countries too), articles, and each mention with its place. */
function knownIds(index: CorpusIndex): KnownIds {
  let known = knownByIndex.get(index);
  if (!known) {
    const mentionIds = new Map<string, string>();
    for (const [placeId, mentions] of index.mentionsByPlace) for (const m of mentions) mentionIds.set(m.id, placeId);
    known = {
      placeIds: new Set(index.places.map((p) => p.id)),
      articleIds: new Set(index.articles.map((a) => a.id)),
      mentionIds,
    };
    knownByIndex.set(index, known);
  }
  return known;
}

/**
 * The view a request's query asks for: parsed key by key (bad values ignored), unknown ids dropped,
 * panel and language filled. Never throws.
 *
 * @example viewFromParams({ p: "sirte", z: "oops" }) // → { place: "sirte", panel: "places", lang: "en" }
 */
export function viewFromParams(params: SearchInput): UrlView {
  const state = sanitizeViewState(parseViewState(params), knownIds(getCorpusIndex()));
  return { ...state, panel: state.panel ?? DEFAULT_VIEW.panel, lang: state.lang ?? DEFAULT_VIEW.lang };
}

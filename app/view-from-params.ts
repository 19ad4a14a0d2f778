import { DEFAULT_VIEW, parseViewState, sanitizeViewState, type SearchInput } from "@/lib/url-state";
import type { UrlView } from "@/components/view-state/use-url-view";
import { corpus } from "./_lib/corpus";

/**
 * The view a request's query asks for: parsed key by key (bad values ignored), ids the store does
 * not know dropped (a place with no mention, an unknown article, a mention of neither), panel and
 * language filled. A mention alone brings its place in. Never throws.
 *
 * @example viewFromParams({ p: "sirte", z: "oops" }) // → { place: "sirte", panel: "places", lang: "en" }
 */
export function viewFromParams(params: SearchInput): UrlView {
  const { store } = corpus();
  const parsed = parseViewState(params);
  const linked = parsed.mention ? store.mention(parsed.mention) : undefined;
  const places = store.placeCounts();
  const state = sanitizeViewState(parsed, {
    placeIds: new Set(places.keys()),
    articleIds: new Set(store.knownArticles([...(parsed.articles ?? []), ...(linked ? [linked.articleId] : [])])),
    mentionIds: new Map(linked ? [[linked.id, linked.placeId]] : []),
  });
  return { ...state, panel: state.panel ?? DEFAULT_VIEW.panel, lang: state.lang ?? DEFAULT_VIEW.lang };
}

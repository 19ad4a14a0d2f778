import type { CorpusFilter } from "@/lib/store/types";
import { parseViewState, type MapViewState, type SearchInput } from "@/lib/url-state";

/** The URL keys that narrow what the map counts; `q` is accepted by the API as another name for `what`. */
const FILTER_KEYS = new Set(["a", "from", "to", "source", "what", "role", "kind"]);

/**
 * The filter a view applies, as the store reads it.
 *
 * @example filterOfView({ articles: ["002"], what: "مسيرة", zoom: 9 }) // → { articles: ["002"], q: "مسيرة" }
 */
export function filterOfView(view: MapViewState): CorpusFilter {
  return {
    ...(view.articles?.length ? { articles: view.articles } : {}),
    ...(view.from ? { from: view.from } : {}),
    ...(view.to ? { to: view.to } : {}),
    ...(view.sources?.length ? { sources: view.sources } : {}),
    ...(view.what ? { q: view.what } : {}),
    ...(view.roles?.length ? { roles: view.roles } : {}),
    ...(view.kinds?.length ? { kinds: view.kinds } : {}),
  };
}

/**
 * The filter of an API request, read exactly as the map reads its URL (lib/url-state: a malformed
 * value is ignored on its own, months widen, a reversed range is swapped), so a view's query string
 * can be passed on as it is. `q` stands for `what` when `what` is absent (GET /api/articles?q=).
 *
 * @example filterFromParams(new URLSearchParams("a=002&from=2020-06&source=Al%20Wasat&q=نفط"))
 *   // → { articles: ["002"], from: "2020-06-01", sources: ["Al Wasat"], q: "نفط" }
 */
export function filterFromParams(params: URLSearchParams): CorpusFilter {
  const kept = new URLSearchParams([...params].filter(([key]) => FILTER_KEYS.has(key)));
  if (!kept.has("what") && params.getAll("q").length === 1) kept.set("what", params.get("q")!);
  return filterOfView(parseViewState(kept));
}

/** The filter part of a view as a query string for the API ("a=002&what=…"), from Next's searchParams. */
export function filterOfSearch(search: SearchInput): CorpusFilter {
  return filterOfView(parseViewState(search));
}

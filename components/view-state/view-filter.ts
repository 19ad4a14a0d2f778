// The filter part of a view (a, from, to, source, what) as the API takes it. Each piece of data
// the map fetches (its counts, a place's quotes, a page of articles) is keyed by this query, so
// equal filters give equal keys and the caches hit.
import type { ViewFilter } from "@/lib/corpus/merge-pasted";
import { parseViewState, writeViewState, type MapViewState } from "@/lib/url-state";

/** The filter fields of a view: merge-pasted's, and the roles and combat kinds (lib/events). */
export type MapFilter = ViewFilter & Pick<MapViewState, "roles" | "kinds">;

/**
 * The fields of a view that narrow what the map counts, empty ones left out.
 *
 * @example viewFilter({ place: "sirte", what: "نفط", articles: [] }) // → { what: "نفط" }
 */
export function viewFilter(view: MapViewState): MapFilter {
  const out: MapFilter = {};
  if (view.articles?.length) out.articles = view.articles;
  if (view.from) out.from = view.from;
  if (view.to) out.to = view.to;
  if (view.sources?.length) out.sources = view.sources;
  if (view.what) out.what = view.what;
  // What happened (lib/events roles and combat kinds): the server narrows by them as by the rest.
  if (view.roles?.length) out.roles = view.roles;
  if (view.kinds?.length) out.kinds = view.kinds;
  return out;
}

/**
 * The view's filter as a query string without "?" ("" for none), written by lib/url-state so it
 * reads back as the same filter on the server. The server seeds a shared link's quotes under
 * this same key (SeededQuotes.filterQuery).
 *
 * @example filterQuery({ zoom: 9, articles: ["002"], what: "طائرة مسيرة" }) // → "a=002&what=%D8%B7…"
 */
export function filterQuery(view: MapViewState): string {
  return writeViewState(viewFilter(view));
}

/** The filter a filter query (or a whole view's query string) holds. */
export function filterOfQuery(query: string): MapFilter {
  return viewFilter(parseViewState(query));
}

/** GET /api/view for a filter query: the map's data under that filter. */
export function viewApiUrl(query: string): string {
  return `/api/view${query ? `?${query}` : ""}`;
}

/** How the Articles tab orders and narrows its list, beside the map's filter. */
export type ArticleListOptions = { offset: number; limit: number; sort: "newest" | "oldest"; title: string };

/**
 * GET /api/articles for a page of the Articles tab: the map's outlets, dates and topic (its
 * article choice is what the tab chooses, so it does not narrow the tab), the title words, the
 * order and the page.
 *
 * @example articleListUrl("a=002&from=2020-06-01", { offset: 50, limit: 50, sort: "oldest", title: "سرت" })
 *   // → "/api/articles?from=2020-06-01&title=%D8%B3%D8%B1%D8%AA&sort=oldest&offset=50&limit=50"
 */
export function articleListUrl(query: string, opts: ArticleListOptions): string {
  const { articles: _chosen, ...filter } = filterOfQuery(query);
  const params = new URLSearchParams(writeViewState(filter));
  const title = opts.title.trim();
  if (title) params.set("title", title);
  params.set("sort", opts.sort);
  params.set("offset", String(Math.max(0, Math.floor(opts.offset))));
  params.set("limit", String(opts.limit));
  return `/api/articles?${params.toString()}`;
}

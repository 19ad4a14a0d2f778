// What the map shows for a filter, computed by the store on the server (the page's first paint and
// GET /api/view): place counts, the timeline, the outlets facet and the first page of articles.
// The browser never holds per-article counts, so the page weighs the same with 5 articles or 100,000.
import type { Gazetteer } from "../gazetteer/types";
import type { ArticleListPage, CorpusFilter, RoleCounts, SourceCount, Store } from "../store/types";
import { timelineFromRanges, type Timeline } from "../explore/timeline";
import type { PlaceSummary } from "./types";

/** A place with its mentions under the view's filter (countries included: the UI lists them apart). */
export type PlaceCount = Omit<PlaceSummary, "countsByArticle"> & {
  /** the same mentions per role (lib/events): what happened there, for the marker's look */
  roles?: RoleCounts;
};

export type CorpusView = {
  /** every place with a mention under the filter, most mentioned first (then English name) */
  places: PlaceCount[];
  /** mentions over time under every filter but the dates (the range is chosen on it) */
  timeline: Timeline;
  /** each outlet under every filter but the outlets (so choosing one never hides the others) */
  sources: SourceCount[];
  /** the first page of the articles the filter keeps, newest first */
  articles: ArticleListPage;
  /** mentions and articles the filter keeps */
  totals: { mentions: number; articles: number };
};

/** Articles per page in the Articles tab. */
export const ARTICLES_PAGE = 50;

/**
 * The map's data under a filter. Place ids the gazetteer no longer knows are left out (the store
 * reparses them on its next reindex).
 *
 * @example corpusView(store, gazetteer, { q: "مسيرة" }).places.map((p) => p.id) // → ["jufra-airbase", "misrata", …]
 */
export function corpusView(store: Store, gazetteer: Gazetteer, filter: CorpusFilter = {}): CorpusView {
  const places = placeCounts(store, gazetteer, filter);
  const timeline = timelineFromRanges(store.rangeCounts({ ...filter, from: undefined, to: undefined }));
  const articles = store.listArticles({ ...articleFilter(filter), limit: ARTICLES_PAGE });
  const mentions = places.reduce((n, p) => n + p.count, 0);
  return { places, timeline, sources: store.sources(filter), articles, totals: { mentions, articles: articles.total } };
}

/**
 * The article list's query for a map filter: the same outlets, dates and topic; the `a` choice
 * is not applied, so the Articles tab still lists the articles one can add to it.
 */
export function articleFilter(filter: CorpusFilter) {
  return { sources: filter.sources, from: filter.from, to: filter.to, q: filter.q };
}

/**
 * Mentions per place under a filter as summaries with the gazetteer's names, most first.
 *
 * @example placeCounts(store, gazetteer, { sources: ["Al Wasat"] })[0] // → { id: "tripoli", count: 812, … }
 */
export function placeCounts(store: Store, gazetteer: Gazetteer, filter: CorpusFilter = {}): PlaceCount[] {
  const out: PlaceCount[] = [];
  for (const [id, roles] of store.placeRoles(filter)) {
    const p = gazetteer.byId.get(id);
    if (!p) continue;
    const count = roles.combat + roles.military + roles.civil + roles.reference;
    out.push({ id, nameAr: p.nameAr, nameEn: p.nameEn, kind: p.kind, lat: p.lat, lon: p.lon, precisionKm: p.precisionKm, country: p.country, count, roles });
  }
  return out.sort((a, b) => b.count - a.count || a.nameEn.localeCompare(b.nameEn, "en"));
}

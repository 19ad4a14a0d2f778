// The pasted (unsaved) article lives only in the browser, so the server's view of the map never
// counts it: these pure functions add it to a CorpusView under the same filters the server
// applied, by the same rules (lib/store/types CorpusFilter), so it is counted like any other.
import { selectArticles } from "../explore/filter";
import { timelineFromRanges, type Timeline } from "../explore/timeline";
import { matchesTopic } from "../explore/topic-query";
import type { StoredArticleMeta } from "../store/types";
import type { MapViewState } from "../url-state/types";
import type { PastedIndex } from "./index-pasted";
import type { QuotedMention } from "./mentions-page";
import { PASTED_ARTICLE_ID } from "./pasted-id";
import type { DateRange } from "./types";
import type { CorpusView, PlaceCount } from "./view";

/** The part of a view that narrows what the map counts (URL keys a, from, to, source, what). */
export type ViewFilter = Pick<MapViewState, "articles" | "from" | "to" | "sources" | "what">;

/** A place as the map draws and lists it: `unsaved` of its mentions come from the pasted article. */
export type ShownPlace = PlaceCount & { unsaved?: number };

/**
 * The map's data with the pasted article counted in. The article list stays the server's page
 * (its paging counts saved articles); `pasted` is the pasted article's row when the filter lists
 * it, shown above the first page.
 */
export type ShownView = Omit<CorpusView, "places"> & { places: ShownPlace[]; pasted?: StoredArticleMeta };

const NONE: readonly QuotedMention[] = [];

/** Whether the filter's dates keep the pasted article (an undated one is always kept, as saved ones are). */
function datesKeep(index: PastedIndex, filter: ViewFilter): boolean {
  return selectArticles([index.article], { from: filter.from, to: filter.to }).included.has(index.article.id);
}

/**
 * Whether the filter's article and outlet choices keep the pasted article: `a` must name it when
 * given, and any outlet choice leaves it out (a pasted article has no outlet).
 */
function choicesKeep(index: PastedIndex, filter: ViewFilter): boolean {
  if (filter.sources && filter.sources.length > 0) return false;
  return !filter.articles || filter.articles.length === 0 || filter.articles.includes(index.article.id);
}

/** The mentions of a place in the pasted text whose whole sentence matches the topic. */
function topicMentions(index: PastedIndex, placeId: string, what: string | undefined): readonly QuotedMention[] {
  const all = index.mentionsByPlace.get(placeId) ?? NONE;
  if (!what) return all;
  return all.filter((m) => matchesTopic(index.text.slice(m.sentence.start, m.sentence.end), what));
}

/**
 * The pasted article's quotes of a place that the filter keeps (all of a, from, to, source, what),
 * in text order: what its popup lists before the saved ones.
 *
 * @example pastedQuotes(index, "tarhuna", { what: "مغلق" }) // → [the one quote whose sentence says مغلق]
 */
export function pastedQuotes(index: PastedIndex | null | undefined, placeId: string, filter: ViewFilter): readonly QuotedMention[] {
  if (!index || !choicesKeep(index, filter) || !datesKeep(index, filter)) return NONE;
  return topicMentions(index, placeId, filter.what);
}

/** The pasted article's mentions per place under the topic, places with none left out. */
function countsUnderTopic(index: PastedIndex, what: string | undefined): Map<string, number> {
  const out = new Map<string, number>();
  for (const placeId of index.mentionsByPlace.keys()) {
    const n = topicMentions(index, placeId, what).length;
    if (n > 0) out.set(placeId, n);
  }
  return out;
}

/**
 * The timeline with one more article of `mentions` mentions published in `published` (undated:
 * counted apart). The server's bins are read back as ranges of their own and binned again with
 * the article among them, so the unit and the span follow the new extent as they would on the
 * server (a week bin falling into two months is shared by its days, the timeline's own rule).
 *
 * @example addToTimeline(timeline, { from: "2020-06-05", to: "2020-06-05" }, 3) // that week's bar grows by 3
 */
export function addToTimeline(timeline: Timeline, published: DateRange | null, mentions: number): Timeline {
  if (mentions <= 0) return timeline;
  if (!published) return { ...timeline, undated: timeline.undated + mentions, undatedArticles: timeline.undatedArticles + 1 };
  const ranges = timeline.bins.map((b) => ({ published: { from: b.start, to: b.end }, articles: b.articles, mentions: b.count }));
  ranges.push({ published, articles: 1, mentions });
  // Inside the bins already drawn the unit stays (their edges widen the span a little: re-deciding
  // the unit from them could flip weeks to months for no new day).
  const first = timeline.bins[0];
  const last = timeline.bins[timeline.bins.length - 1];
  const inside = first && last && published.from >= first.start && published.to <= last.end;
  const binned = timelineFromRanges(ranges, inside ? { unit: timeline.unit } : {});
  return { ...binned, undated: timeline.undated, undatedArticles: timeline.undatedArticles };
}

/** The pasted article as a row of the Articles tab. */
export function pastedArticleRow(index: PastedIndex, mentionCount: number): StoredArticleMeta {
  const { id, title, published } = index.article;
  return { id, title, published, origin: "(pasted)", summary: false, ingestedAt: "", mentionCount };
}

const byCount = (a: ShownPlace, b: ShownPlace) => b.count - a.count || a.nameEn.localeCompare(b.nameEn, "en");

/**
 * The server's view of the map under `filter` with the pasted article counted in by the rules the
 * server applies to saved articles:
 * - places: under every filter (a, dates, outlets, topic), `unsaved` saying how many are pasted;
 * - the timeline: under every filter but the dates;
 * - the article list: under the dates, outlets and topic (not `a`): then `pasted` is its row;
 * - sources: unchanged (a pasted article has no outlet).
 * Inputs are not changed; with nothing pasted the view is returned as it is.
 *
 * @example mergePastedView(view, index, { what: "مغلق" }).places.find((p) => p.id === "tarhuna")?.unsaved // → 1
 */
export function mergePastedView(view: CorpusView, index: PastedIndex | null | undefined, filter: ViewFilter): ShownView {
  if (!index) return view;
  const counts = countsUnderTopic(index, filter.what);
  const total = [...counts.values()].reduce((n, c) => n + c, 0);
  const choices = choicesKeep(index, filter);
  const dates = datesKeep(index, filter);

  let places: ShownPlace[] = view.places;
  let mentions = view.totals.mentions;
  if (choices && dates && counts.size > 0) {
    const extra = new Map(counts);
    places = view.places.map((p) => {
      const n = extra.get(p.id);
      if (n === undefined) return p;
      extra.delete(p.id);
      return { ...p, count: p.count + n, unsaved: n };
    });
    for (const p of index.places) {
      const n = extra.get(p.id);
      if (n === undefined) continue;
      const { countsByArticle: _counts, ...place } = p;
      places.push({ ...place, count: n, unsaved: n });
    }
    places.sort(byCount);
    mentions += total;
  }

  const timeline = choices ? addToTimeline(view.timeline, index.article.published, total) : view.timeline;

  // The Articles tab lists what one can add to the map: `a` does not narrow it, the rest does.
  const listed = !(filter.sources && filter.sources.length > 0) && dates && (!filter.what || total > 0);
  const articles = view.totals.articles + (listed ? 1 : 0);
  return {
    ...view,
    places,
    timeline,
    totals: { mentions, articles },
    ...(listed ? { pasted: pastedArticleRow(index, total) } : {}),
  };
}

/** Which part of a merged page of quotes comes from where: the pasted quotes first, then the saved. */
export type MergedPagePlan = {
  /** [start, end) into the place's pasted quotes */
  pasted: { start: number; end: number };
  /** the page to ask the server for, or null when the page holds no saved quote */
  saved: { offset: number; limit: number } | null;
};

/**
 * Splits the page [offset, offset + limit) of a place's quotes, listed as its `pastedCount`
 * unsaved quotes followed by its `savedCount` saved ones, into the two sources.
 *
 * @example planMergedPage(0, 5, 2, 10) // { pasted: { start: 0, end: 2 }, saved: { offset: 0, limit: 3 } }
 * @example planMergedPage(5, 5, 2, 10) // { pasted: { start: 2, end: 2 }, saved: { offset: 3, limit: 5 } }
 */
export function planMergedPage(offset: number, limit: number, pastedCount: number, savedCount: number): MergedPagePlan {
  const start = Math.max(0, offset);
  const end = start + Math.max(0, limit);
  const pasted = { start: Math.min(start, pastedCount), end: Math.min(end, pastedCount) };
  const savedStart = Math.max(0, start - pastedCount);
  const savedEnd = Math.min(savedCount, Math.max(0, end - pastedCount));
  return { pasted, saved: savedEnd > savedStart ? { offset: savedStart, limit: savedEnd - savedStart } : null };
}

import type { ArticleMeta, PlaceSummary } from "../corpus/types";
import { dayNumber, dayRange } from "./dates";

/**
 * What the analyst narrowed the view to. Dates are ISO yyyy-mm-dd, both ends inclusive,
 * either end may be left open. `articles` lists article ids to keep.
 */
export type ExploreFilter = { articles?: string[]; from?: string; to?: string };

export type ArticleSelection = {
  /** ids of every article kept, dated or not */
  included: Set<string>;
  /** ids of the kept articles that have no published date, in corpus order (counted apart in the UI) */
  undatedIncluded: string[];
};

/**
 * The articles a filter keeps.
 *
 * - A dated article is kept when its published range overlaps [from, to]; a missing end is
 *   open (`{ from: "2020-06-01" }` keeps everything that could have appeared on or after
 *   1 June 2020). A reversed range of days (from after to) is read the right way round, as a
 *   timeline drag from right to left gives it. Months come here already widened to days, so a
 *   reversed range of months must be swapped before widening (parseViewState does).
 * - Decision: an article WITHOUT a date is kept whatever the date range. We cannot say it
 *   falls outside the period, and hiding it would silently lose reports; the UI shows it
 *   counted apart via `undatedIncluded`, so the analyst sees how much of the view is undated.
 * - `articles`, when given and not empty, keeps only those ids (unknown ids are ignored);
 *   an empty list means no article filter, the same as leaving it out.
 * - A date that is not a real yyyy-mm-dd date is ignored (that end stays open), in line
 *   with the URL rule that a malformed value is dropped rather than breaking the view.
 *
 * @example
 * selectArticles(articles, { from: "2020-06-01", to: "2020-07-31" })
 * // { included: Set {"003", "004", <undated ids>}, undatedIncluded: [<undated ids>] }
 */
export function selectArticles(articles: readonly ArticleMeta[], filter: ExploreFilter = {}): ArticleSelection {
  let from = filter.from === undefined ? null : dayNumber(filter.from);
  let to = filter.to === undefined ? null : dayNumber(filter.to);
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  const only = filter.articles && filter.articles.length > 0 ? new Set(filter.articles) : null;

  const included = new Set<string>();
  const undatedIncluded: string[] = [];
  for (const article of articles) {
    if (only && !only.has(article.id)) continue;
    const range = dayRange(article.published);
    if (range === null) {
      included.add(article.id);
      undatedIncluded.push(article.id);
      continue;
    }
    if (from !== null && range.to < from) continue;
    if (to !== null && range.from > to) continue;
    included.add(article.id);
  }
  return { included, undatedIncluded };
}

/**
 * Place summaries recounted over the kept articles only: `count` becomes the sum of
 * `countsByArticle` for kept ids, `countsByArticle` keeps only those ids, and places left
 * with no mention are dropped. Order is preserved, so a list sorted by the caller stays sorted
 * by its own key (re-sort when sorting by count).
 *
 * @example
 * filterPlaces([{ ...sirte, count: 5, countsByArticle: { "003": 2, "004": 3 } }], new Set(["004"]))
 * // [{ ...sirte, count: 3, countsByArticle: { "004": 3 } }]
 */
export function filterPlaces(places: readonly PlaceSummary[], included: ReadonlySet<string>): PlaceSummary[] {
  const out: PlaceSummary[] = [];
  for (const place of places) {
    let count = 0;
    const countsByArticle: Record<string, number> = {};
    for (const [articleId, n] of Object.entries(place.countsByArticle)) {
      if (!included.has(articleId) || !(n > 0)) continue;
      countsByArticle[articleId] = n;
      count += n;
    }
    if (count > 0) out.push({ ...place, count, countsByArticle });
  }
  return out;
}


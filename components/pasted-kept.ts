import type { ArticleMeta } from "@/lib/corpus/types";
import { selectArticles, type ExploreFilter } from "@/lib/explore/filter";
import { parseViewState } from "@/lib/url-state";

/**
 * Whether the view's filters (a, from, to in the query string) keep the pasted article, by the
 * same rule as for saved articles: listed in `a` when `a` is given, its date overlapping the range,
 * and kept whatever the range when it has no date.
 *
 * @example pastedArticleKept({ id: "pasted", published: null, … }, "?a=003") // → false
 */
export function pastedArticleKept(article: ArticleMeta, search: string): boolean {
  const state = parseViewState(search);
  const filter: ExploreFilter = {};
  if (state.articles) filter.articles = state.articles;
  if (state.from) filter.from = state.from;
  if (state.to) filter.to = state.to;
  return selectArticles([article], filter).included.has(article.id);
}

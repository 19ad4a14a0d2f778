import { selectArticles } from "@/lib/explore/filter";
import type { ArticleMeta } from "@/lib/corpus/types";
import { parseViewState } from "@/lib/url-state";

/**
 * The articles a request's filter keeps (the map's `a`, `from`, `to`, read as the page reads them:
 * bad values ignored), or undefined when it sets none, so popups quote what the map counts.
 *
 * @example includedArticles(new URLSearchParams("a=002"), index.articles) // → Set { "002" }
 */
export function includedArticles(params: URLSearchParams, articles: readonly ArticleMeta[]): Set<string> | undefined {
  const { articles: only, from, to } = parseViewState(
    new URLSearchParams([...params].filter(([key]) => key === "a" || key === "from" || key === "to")),
  );
  if (!only?.length && !from && !to) return undefined;
  return selectArticles(articles, { articles: only, from, to }).included;
}

import type { ArticleMeta } from "./types";

/**
 * Orders articles newest first: by the end of their published range, then its start, undated
 * articles last, ties by id. Use with Array.prototype.sort.
 *
 * @example [jan, undated, jul].sort(compareNewestFirst) // → [jul, jan, undated]
 */
export function compareNewestFirst(a: ArticleMeta, b: ArticleMeta): number {
  if (a.published && b.published) {
    if (a.published.to !== b.published.to) return a.published.to < b.published.to ? 1 : -1;
    if (a.published.from !== b.published.from) return a.published.from < b.published.from ? 1 : -1;
  } else if (a.published || b.published) {
    return a.published ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

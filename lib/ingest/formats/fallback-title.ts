import { derivedTitle, MAX_DERIVED_TITLE_CHARS } from "../../corpus/title";

/** Longest title made from an article's first line; a text whose first line is a whole paragraph is cut. */
export const MAX_FALLBACK_TITLE_CHARS = MAX_DERIVED_TITLE_CHARS;

/**
 * A title for an article that came without one: lib/corpus derivedTitle (its first line, a site
 * breadcrumb dropped, cut with "…" past {@link MAX_FALLBACK_TITLE_CHARS} characters).
 *
 * @example fallbackTitle("اشتباكات في ترهونة\n\nنص") // "اشتباكات في ترهونة"
 */
export function fallbackTitle(text: string): string {
  return derivedTitle(text);
}

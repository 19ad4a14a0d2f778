// Kept apart from links.ts so client components that only link to articles do not pull in
// lib/url-state (and zod) with it.

/**
 * The article view scrolled to one mention (its <mark id="m-<start>">).
 *
 * @example articleMentionHref("002", 161) // → "/articles/002#m-161"
 */
export function articleMentionHref(articleId: string, start: number): string {
  return `/articles/${encodeURIComponent(articleId)}#m-${start}`;
}

// Kept apart from links.ts so client components that only link to articles do not pull in
// lib/url-state (and zod) with it.
import type { Lang } from "@/lib/url-state";

/**
 * The article view, in Arabic when the reader came from the Arabic map (English is its default).
 *
 * @example articleHref("002", "ar") // → "/articles/002?lang=ar"
 */
export function articleHref(articleId: string, lang: Lang = "en"): string {
  return `/articles/${encodeURIComponent(articleId)}${lang === "ar" ? "?lang=ar" : ""}`;
}

/**
 * The article view scrolled to one mention (its <mark id="m-<start>">).
 *
 * @example articleMentionHref("002", 161) // → "/articles/002#m-161"
 * @example articleMentionHref("002", 161, "ar") // → "/articles/002?lang=ar#m-161"
 */
export function articleMentionHref(articleId: string, start: number, lang: Lang = "en"): string {
  return `${articleHref(articleId, lang)}#m-${start}`;
}

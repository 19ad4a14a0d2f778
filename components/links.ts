import { viewHref } from "@/lib/url-state";

/**
 * The map view of a place (its popup open, at a quote when `mentionId` is given). Every link to
 * the map goes through here, so the URL form lives in lib/url-state alone.
 *
 * @example placeViewHref("sirte") // → "/?p=sirte"
 */
export function placeViewHref(placeId: string, mentionId?: string): string {
  return viewHref(mentionId ? { place: placeId, mention: mentionId } : { place: placeId });
}

/**
 * The article view scrolled to one mention (its <mark id="m-<start>">).
 *
 * @example articleMentionHref("002", 161) // → "/articles/002#m-161"
 */
export function articleMentionHref(articleId: string, start: number): string {
  return `/articles/${encodeURIComponent(articleId)}#m-${start}`;
}

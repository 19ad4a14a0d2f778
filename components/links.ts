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

export { articleMentionHref } from "./article-link";

import type { MapViewState } from "../url-state";
import { MENTION_ID, PLACE_ID } from "../url-state";

/**
 * The preview image URL (path) of a view: the place, and the mention when one is open; undefined
 * when no place is selected (the page then uses the site's default image, if any).
 *
 * @example ogImagePath({ place: "misrata", mention: "002:161", zoom: 9 }) // → "/api/og?p=misrata&m=002:161"
 */
export function ogImagePath(state: MapViewState): string | undefined {
  if (!state.place || !PLACE_ID.test(state.place)) return undefined;
  const mention = state.mention !== undefined && MENTION_ID.test(state.mention);
  return `/api/og?p=${state.place}${mention ? `&m=${state.mention}` : ""}`;
}

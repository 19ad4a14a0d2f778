import { viewHref, type Lang, type MapViewState } from "@/lib/url-state";

/**
 * The map view of a place (its popup open, at a quote when `mention` is given, in Arabic when
 * `lang` is "ar"). Every link to the map goes through here, so the URL form lives in
 * lib/url-state alone.
 *
 * @example placeViewHref("sirte") // → "/?p=sirte"
 * @example placeViewHref("sirte", { mention: "003:812", lang: "ar" }) // → "/?p=sirte&m=003:812&lang=ar"
 */
export function placeViewHref(placeId: string, opts: { mention?: string; lang?: Lang } = {}): string {
  const state: MapViewState = { place: placeId };
  if (opts.mention) state.mention = opts.mention;
  if (opts.lang) state.lang = opts.lang;
  return viewHref(state);
}

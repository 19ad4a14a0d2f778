import type { Lang, MapViewState, Panel } from "./types";

/** The view a bare URL opens: all of Libya, the places list, English interface. */
export const DEFAULT_VIEW = {
  center: { lat: 27, lon: 17.5 },
  zoom: 5,
  panel: "places" as Panel,
  lang: "en" as Lang,
} as const;

/**
 * The zoom levels a URL may ask for (whole or half steps), which are also the map's own limits:
 * from all of North Africa down to a street, where a neighbourhood's precision stops mattering.
 */
export const MIN_ZOOM = 3;
export const MAX_ZOOM = 16;

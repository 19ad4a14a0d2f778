import type { Lang, MapViewState, Panel } from "./types";

/** The view a bare URL opens: all of Libya, the places list, English interface. */
export const DEFAULT_VIEW = {
  center: { lat: 27, lon: 17.5 },
  zoom: 5,
  panel: "places" as Panel,
  lang: "en" as Lang,
} as const;

/** Leaflet zoom levels a URL may ask for (whole or half steps). */
export const MIN_ZOOM = 2;
export const MAX_ZOOM = 18;

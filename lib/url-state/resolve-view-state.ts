import type { Lang, MapViewState, Panel } from "./types";
import { DEFAULT_VIEW } from "./defaults";

/** A view with the map fields always present, as the map component needs them. */
export type ResolvedView = MapViewState & {
  center: { lat: number; lon: number };
  zoom: number;
  panel: Panel;
  lang: Lang;
};

/**
 * Fills the defaults in: centre, zoom, panel and language are always set.
 *
 * @example resolveViewState({ zoom: 9 }).center // → { lat: 27, lon: 17.5 }
 */
export function resolveViewState(state: MapViewState): ResolvedView {
  return {
    ...state,
    center: state.center ?? { ...DEFAULT_VIEW.center },
    zoom: state.zoom ?? DEFAULT_VIEW.zoom,
    panel: state.panel ?? DEFAULT_VIEW.panel,
    lang: state.lang ?? DEFAULT_VIEW.lang,
  };
}

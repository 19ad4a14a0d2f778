"use client";
import { useCallback, useState } from "react";
import type { Panel } from "@/lib/url-state";

/** What the map shows besides pan/zoom: the open place and the side panel's tab. */
export type MapView = {
  /** the place whose popup is open */
  place?: string;
  panel: Panel;
};

/** A request to bring a place into view and open it; `seq` makes choosing it again re-fly. */
export type FlyRequest = { placeId: string; seq: number };

export type MapViewApi = {
  view: MapView;
  fly: FlyRequest | undefined;
  /** From a list: fly the map to the place and open its popup. */
  choosePlace: (placeId: string) => void;
  /** The map opened a popup (click, keyboard, or after a fly). */
  placeOpened: (placeId: string) => void;
  /** The map closed a popup; only clears the selection if it was that place's. */
  placeClosed: (placeId: string) => void;
  setPanel: (panel: Panel) => void;
};

/**
 * The map page's view state, in one place so later work (URL state, filters, language) can extend
 * it or back it by the URL without touching the components, which only read `view` and call
 * these actions.
 *
 * @example const { view, choosePlace } = useMapView({ panel: "places" }); choosePlace("misrata");
 */
export function useMapView(initial: Partial<MapView> = {}): MapViewApi {
  const [view, setView] = useState<MapView>({ panel: initial.panel ?? "places", place: initial.place });
  const [fly, setFly] = useState<FlyRequest | undefined>(
    initial.place ? { placeId: initial.place, seq: 0 } : undefined,
  );

  const choosePlace = useCallback((placeId: string) => {
    setView((v) => ({ ...v, place: placeId }));
    setFly((f) => ({ placeId, seq: (f?.seq ?? 0) + 1 }));
  }, []);
  const placeOpened = useCallback((placeId: string) => {
    setView((v) => (v.place === placeId ? v : { ...v, place: placeId }));
  }, []);
  const placeClosed = useCallback((placeId: string) => {
    setView((v) => (v.place === placeId ? { ...v, place: undefined } : v));
  }, []);
  const setPanel = useCallback((panel: Panel) => setView((v) => (v.panel === panel ? v : { ...v, panel })), []);

  return { view, fly, choosePlace, placeOpened, placeClosed, setPanel };
}

"use client";
import { useCallback, useMemo, useRef } from "react";
import type { ArticleMeta, PlaceSummary } from "@/lib/corpus/types";
import type { PlaceKind } from "@/lib/gazetteer/place";
import type { Basemap } from "@/lib/geo/basemap-from-topology";
import type { Panel } from "@/lib/url-state";
import type { TileConfig } from "./BasemapLayers";
import { Legend } from "./Legend";
import { MapLoader } from "./MapLoader";
import { kindGroup } from "./marker-style";
import { SidePanel } from "./SidePanel";
import { useMapView, type MapView } from "./use-map-view";

export type MapAppProps = {
  /** every place with mentions, countries included, most mentioned first */
  places: PlaceSummary[];
  articles: ArticleMeta[];
  basemap: Basemap;
  tiles?: TileConfig;
  initialView?: Partial<MapView>;
};

/**
 * The map page: a full-window map with the side panel over it. Holds the view state (useMapView)
 * and hands each part what it shows; the parts stay thin.
 */
export function MapApp({ places, articles, basemap, tiles, initialView }: MapAppProps) {
  const { view, fly, choosePlace, placeOpened, placeClosed, setPanel } = useMapView(initialView);
  const lastTab = useRef<Exclude<Panel, "closed">>(view.panel === "closed" ? "places" : view.panel);
  if (view.panel !== "closed") lastTab.current = view.panel;

  // On a phone the drawer would cover the popup: fold it away once a place is chosen.
  const chooseFromList = useCallback(
    (placeId: string) => {
      choosePlace(placeId);
      if (window.matchMedia?.("(max-width: 600px)").matches) setPanel("closed");
    },
    [choosePlace, setPanel],
  );

  const { points, countries, groups, articleCounts } = useMemo(() => {
    const points = places.filter((p) => p.kind !== "country");
    const countries = places.filter((p) => p.kind === "country");
    const groups = new Set(points.map((p) => kindGroup(p.kind as Exclude<PlaceKind, "country">)));
    const articleCounts: Record<string, number> = {};
    for (const p of places) {
      for (const [id, n] of Object.entries(p.countsByArticle)) articleCounts[id] = (articleCounts[id] ?? 0) + n;
    }
    return { points, countries, groups, articleCounts };
  }, [places]);

  return (
    <div className="map-app">
      <MapLoader
        places={points}
        basemap={basemap}
        tiles={tiles}
        openPlace={view.place}
        fly={fly}
        onPlaceOpened={placeOpened}
        onPlaceClosed={placeClosed}
      />
      <SidePanel
        panel={view.panel}
        lastTab={lastTab.current}
        places={points}
        countries={countries}
        articles={articles}
        articleCounts={articleCounts}
        selectedPlace={view.place}
        onPanel={setPanel}
        onChoosePlace={chooseFromList}
      />
      <Legend groups={groups} />
    </div>
  );
}

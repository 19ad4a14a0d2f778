"use client";
import dynamic from "next/dynamic";
import type { MapViewProps } from "./MapView";
import { t } from "../i18n/i18n";
import { useViewContext } from "../view-state/view-context";

/** Shown (and server-rendered) until the map's code has loaded, in the interface language. */
function MapLoading() {
  const { lang } = useViewContext();
  return (
    <div className="map map-loading" role="status">
      {t(lang, "loadingMap")}
    </div>
  );
}

// Leaflet touches `window` when imported, so the map is only ever rendered in the browser.
const MapView = dynamic(() => import("./MapView"), {
  ssr: false,
  loading: () => <MapLoading />,
});

/** The map, loaded in the browser only. */
export function MapLoader(props: MapViewProps) {
  return <MapView {...props} />;
}

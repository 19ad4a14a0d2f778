"use client";
import dynamic from "next/dynamic";
import type { MapViewProps } from "./MapView";

// Leaflet touches `window` when imported, so the map is only ever rendered in the browser.
const MapView = dynamic(() => import("./MapView"), {
  ssr: false,
  loading: () => (
    <div className="map map-loading" role="status">
      Loading the map…
    </div>
  ),
});

/** The map, loaded in the browser only. */
export function MapLoader(props: MapViewProps) {
  return <MapView {...props} />;
}

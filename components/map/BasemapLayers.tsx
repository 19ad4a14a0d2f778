"use client";
import { GeoJSON, Pane, TileLayer } from "react-leaflet";
import type { Basemap } from "@/lib/geo/basemap-from-topology";

export type TileConfig = { url: string; attribution: string };

const NATURAL_EARTH = 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';

/**
 * The offline basemap (land, Libya tinted, coastline, borders) in its own pane under the markers,
 * and the optional online raster tiles when configured. Nothing here is interactive.
 */
export function BasemapLayers({ basemap, tiles }: { basemap: Basemap; tiles?: TileConfig }) {
  return (
    <>
      {tiles && <TileLayer url={tiles.url} attribution={tiles.attribution} maxZoom={19} />}
      <Pane name="basemap" style={{ zIndex: 250 }}>
        {!tiles && (
          <GeoJSON
            data={basemap.land}
            interactive={false}
            attribution={NATURAL_EARTH}
            style={{ stroke: false, fillColor: "#f4efe4", fillOpacity: 1 }}
          />
        )}
        <GeoJSON
          data={basemap.focus}
          interactive={false}
          style={{ stroke: false, fillColor: "#fbf3d5", fillOpacity: tiles ? 0.25 : 1 }}
        />
        {!tiles && (
          <GeoJSON data={basemap.coast} interactive={false} style={{ color: "#6b8fb3", weight: 1.2, opacity: 1 }} />
        )}
        <GeoJSON
          data={basemap.borders}
          interactive={false}
          style={{ color: "#8a7f6a", weight: 1, dashArray: "4 3", opacity: 0.9 }}
        />
      </Pane>
    </>
  );
}

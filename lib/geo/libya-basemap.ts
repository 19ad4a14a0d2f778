// Server side only: imports world-atlas files (750 KB and 100 KB). Pages call getLibyaBasemap()
// and pass the small result to the client map as a prop.
import countries50m from "world-atlas/countries-50m.json";
import countries110m from "world-atlas/countries-110m.json";
import type { BBox } from "geojson";
import type { Topology } from "topojson-specification";
import { basemapFromTopology, mergeBasemaps, type Basemap } from "./basemap-from-topology";

/** Libya, its neighbours and the central Mediterranean, drawn from 1:50m borders. */
export const BASEMAP_BOX: [number, number, number, number] = [-4, 8, 42, 44];

const memo = new Map<string, Basemap>();

function covers(outer: BBox, inner: BBox): boolean {
  return outer[0] <= inner[0] && outer[1] <= inner[1] && outer[2] >= inner[2] && outer[3] >= inner[3];
}

/**
 * The offline basemap around Libya (1:50m), and when `extent` reaches further (a report names
 * Berlin) a coarser 1:110m ring out to it. Computed once per extent per process.
 *
 * @example getLibyaBasemap().focus.properties?.name // → "Libya"
 */
export function getLibyaBasemap(extent: BBox = BASEMAP_BOX): Basemap {
  const outer: BBox = [
    Math.min(extent[0], BASEMAP_BOX[0]),
    Math.min(extent[1], BASEMAP_BOX[1]),
    Math.max(extent[2], BASEMAP_BOX[2]),
    Math.max(extent[3], BASEMAP_BOX[3]),
  ];
  const key = outer.join(",");
  let map = memo.get(key);
  if (!map) {
    const detail = basemapFromTopology(countries50m as unknown as Topology, { focusId: "434", box: BASEMAP_BOX });
    map = covers(BASEMAP_BOX, outer)
      ? detail
      : mergeBasemaps(
          detail,
          basemapFromTopology(countries110m as unknown as Topology, {
            focusId: "434",
            box: outer,
            exclude: BASEMAP_BOX,
            tolerance: 0.03,
          }),
        );
    memo.set(key, map);
  }
  return map;
}

// Server side only: imports the 750 KB world-atlas file. Pages call getLibyaBasemap() and pass
// the small result to the client map as a prop.
import countries50m from "world-atlas/countries-50m.json";
import type { Topology } from "topojson-specification";
import { basemapFromTopology, type Basemap } from "./basemap-from-topology";

/** Libya, its neighbours and the central Mediterranean: wider than any view the map allows. */
export const BASEMAP_BOX: [number, number, number, number] = [-4, 8, 42, 44];

let memo: Basemap | undefined;

/**
 * The offline basemap around Libya, computed once per process.
 *
 * @example getLibyaBasemap().focus.properties.name // → "Libya"
 */
export function getLibyaBasemap(): Basemap {
  memo ??= basemapFromTopology(countries50m as unknown as Topology, { focusId: "434", box: BASEMAP_BOX });
  return memo;
}

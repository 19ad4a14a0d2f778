import { bboxClip, simplify } from "@turf/turf";
import { feature, merge, mesh } from "topojson-client";
import type { BBox, Feature, MultiLineString, MultiPolygon, Polygon } from "geojson";
import type {
  GeometryCollection,
  MultiPolygon as TopoMultiPolygon,
  Polygon as TopoPolygon,
  Topology,
} from "topojson-specification";
import { roundCoordinates } from "./round-coordinates";

/** The offline basemap: land to fill, the focus country to tint, coastlines and borders to stroke. */
export type Basemap = {
  land: Feature<Polygon | MultiPolygon>;
  focus: Feature<Polygon | MultiPolygon>;
  coast: Feature<MultiLineString>;
  borders: Feature<MultiLineString>;
};

export type BasemapOptions = {
  /** name of the countries object in the topology ("countries" in world-atlas) */
  object?: string;
  /** id of the country to tint (ISO 3166-1 numeric as world-atlas spells it: "434" is Libya) */
  focusId: string;
  /** [west, south, east, north]: everything outside is cut away */
  box: BBox;
  /** Douglas–Peucker tolerance in degrees (0.01 ≈ 1 km) */
  tolerance?: number;
  digits?: number;
};

/**
 * Cuts a small basemap out of a world TopoJSON (world-atlas): land (all countries merged), the
 * focus country, coastlines (arcs used by one country only) and land borders (arcs shared by two),
 * clipped to `box`, simplified and rounded. Runs on the server: the result (~100 KB of JSON) is
 * what the browser gets, never the world file.
 *
 * @example basemapFromTopology(countries50m, { focusId: "434", box: [-4, 8, 42, 44] })
 *   // → { land, focus: Libya, coast, borders }
 */
export function basemapFromTopology(topology: Topology, options: BasemapOptions): Basemap {
  const { focusId, box, tolerance = 0.01, digits = 3 } = options;
  const object = topology.objects[options.object ?? "countries"] as GeometryCollection | undefined;
  if (!object || object.type !== "GeometryCollection") {
    throw new Error(`topology has no GeometryCollection "${options.object ?? "countries"}"`);
  }
  const focusGeometry = object.geometries.find((g) => String(g.id) === focusId);
  if (!focusGeometry) throw new Error(`topology has no country with id "${focusId}"`);

  const tidy = <G extends Polygon | MultiPolygon | MultiLineString>(f: Feature<G>, props: Record<string, unknown>): Feature<G> => {
    const clipped = bboxClip(f, box) as Feature<G>;
    const simple = tolerance > 0 ? (simplify(clipped, { tolerance, highQuality: false }) as Feature<G>) : clipped;
    return { type: "Feature", properties: props, geometry: roundCoordinates(simple.geometry, digits) };
  };

  const areas = object.geometries.filter(
    (g): g is TopoPolygon | TopoMultiPolygon => g.type === "Polygon" || g.type === "MultiPolygon",
  );
  const landGeometry = merge(topology, areas);
  const focusFeature = feature(topology, focusGeometry) as Feature<Polygon | MultiPolygon>;
  return {
    land: tidy({ type: "Feature", properties: {}, geometry: landGeometry }, { layer: "land" }),
    focus: tidy(focusFeature, { layer: "focus", id: focusId, name: focusFeature.properties?.name ?? focusId }),
    coast: tidy({ type: "Feature", properties: {}, geometry: mesh(topology, object, (a, b) => a === b) }, { layer: "coast" }),
    borders: tidy({ type: "Feature", properties: {}, geometry: mesh(topology, object, (a, b) => a !== b) }, { layer: "borders" }),
  };
}

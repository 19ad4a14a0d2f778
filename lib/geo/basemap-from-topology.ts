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
import { ringBoxes } from "./ring-boxes";

/** One multi-geometry from the pieces clipped to several boxes (empty pieces dropped). */
function combine<G extends Polygon | MultiPolygon | MultiLineString>(parts: G[]): G {
  if (parts.length === 1) return parts[0]!;
  const first = parts[0];
  if (!first || first.type === "MultiLineString") {
    const lines = (parts as MultiLineString[]).flatMap((p) => p.coordinates).filter((l) => l.length > 1);
    return { type: "MultiLineString", coordinates: lines } as G;
  }
  const polygons = (parts as (Polygon | MultiPolygon)[])
    .flatMap((p) => (p.type === "Polygon" ? [p.coordinates] : p.coordinates))
    .filter((poly) => poly.length > 0 && poly[0]!.length >= 4);
  return { type: "MultiPolygon", coordinates: polygons } as G;
}

/**
 * Two basemaps as one: `detail` inside its box, `around` (cut with `exclude` = detail's box) in
 * the ring outside it. Same fill and stroke, so the seam is only a change of resolution.
 *
 * @example mergeBasemaps(libya50m, world110mAround) // → { box: world box, land: both lands, … }
 */
export function mergeBasemaps(detail: Basemap, around: Basemap): Basemap {
  return {
    box: around.box,
    land: { ...detail.land, geometry: combine([detail.land.geometry, around.land.geometry]) },
    focus: detail.focus,
    coast: { ...detail.coast, geometry: combine([detail.coast.geometry, around.coast.geometry]) },
    borders: { ...detail.borders, geometry: combine([detail.borders.geometry, around.borders.geometry]) },
  };
}

/** The offline basemap: land to fill, the focus country to tint, coastlines and borders to stroke. */
export type Basemap = {
  /** [west, south, east, north] the layers cover */
  box: BBox;
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
  /** leave this box out (a finer basemap covers it): only the ring around it is drawn */
  exclude?: BBox;
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
  const { focusId, box, exclude, tolerance = 0.01, digits = 3 } = options;
  const boxes = exclude ? ringBoxes(box, exclude) : [box];
  const object = topology.objects[options.object ?? "countries"] as GeometryCollection | undefined;
  if (!object || object.type !== "GeometryCollection") {
    throw new Error(`topology has no GeometryCollection "${options.object ?? "countries"}"`);
  }
  const focusGeometry = object.geometries.find((g) => String(g.id) === focusId);
  if (!focusGeometry) throw new Error(`topology has no country with id "${focusId}"`);

  const tidy = <G extends Polygon | MultiPolygon | MultiLineString>(f: Feature<G>, props: Record<string, unknown>): Feature<G> => {
    const parts = boxes.map((b) => {
      const clipped = bboxClip(f, b) as Feature<G>;
      const simple = tolerance > 0 ? (simplify(clipped, { tolerance, highQuality: false }) as Feature<G>) : clipped;
      return roundCoordinates(simple.geometry, digits);
    });
    if (parts.length === 0) {
      const type = f.geometry.type === "MultiLineString" ? "MultiLineString" : "MultiPolygon";
      return { type: "Feature", properties: props, geometry: { type, coordinates: [] } as unknown as G };
    }
    return { type: "Feature", properties: props, geometry: combine(parts) };
  };

  const areas = object.geometries.filter(
    (g): g is TopoPolygon | TopoMultiPolygon => g.type === "Polygon" || g.type === "MultiPolygon",
  );
  const landGeometry = merge(topology, areas);
  const focusFeature = feature(topology, focusGeometry) as Feature<Polygon | MultiPolygon>;
  return {
    box,
    land: tidy({ type: "Feature", properties: {}, geometry: landGeometry }, { layer: "land" }),
    focus: tidy(focusFeature, { layer: "focus", id: focusId, name: focusFeature.properties?.name ?? focusId }),
    coast: tidy({ type: "Feature", properties: {}, geometry: mesh(topology, object, (a, b) => a === b) }, { layer: "coast" }),
    borders: tidy({ type: "Feature", properties: {}, geometry: mesh(topology, object, (a, b) => a !== b) }, { layer: "borders" }),
  };
}

import { describe, expect, it } from "vitest";
import { bbox, booleanPointInPolygon, lineString, pointToLineDistance } from "@turf/turf";
import type { Topology } from "topojson-specification";
import countries from "world-atlas/countries-50m.json";
import { basemapFromTopology } from "./basemap-from-topology";
import { getLibyaBasemap } from "./libya-basemap";

const topo = countries as unknown as Topology;

describe("basemapFromTopology", () => {
  const map = basemapFromTopology(topo, { focusId: "434", box: [-4, 8, 42, 44] });

  it("tints Libya and puts its cities on land", () => {
    expect(map.focus.properties?.name).toBe("Libya");
    for (const p of [[13.18, 32.89], [15.09, 32.37], [16.58, 31.2], [20.08, 32.12]]) {
      expect(booleanPointInPolygon(p, map.focus)).toBe(true);
      expect(booleanPointInPolygon(p, map.land)).toBe(true);
    }
    expect(booleanPointInPolygon([18, 33.5], map.land)).toBe(false); // Gulf of Sirte
  });

  it("clips everything to the box", () => {
    for (const f of [map.land, map.coast, map.borders]) {
      const [w, s, e, n] = bbox(f) as [number, number, number, number];
      expect(w).toBeGreaterThanOrEqual(-4);
      expect(s).toBeGreaterThanOrEqual(8);
      expect(e).toBeLessThanOrEqual(42);
      expect(n).toBeLessThanOrEqual(44);
    }
  });

  it("has coastlines along the Gulf of Sirte and borders with Libya's neighbours", () => {
    const km = (lines: number[][][], lon: number, lat: number) =>
      Math.min(...lines.filter((l) => l.length > 1).map((l) => pointToLineDistance([lon, lat], lineString(l))));
    expect(km(map.coast.geometry.coordinates, 16.5836, 31.206)).toBeLessThan(5); // Sirte's shore
    expect(km(map.borders.geometry.coordinates, 11.56, 33.16)).toBeLessThan(8); // Ras Ajdir, Tunisia
    expect(km(map.borders.geometry.coordinates, 25, 26)).toBeLessThan(5); // Egypt
    expect(km(map.borders.geometry.coordinates, 16.5836, 31.206)).toBeGreaterThan(100);
  });

  it("is small enough to send to the browser", () => {
    expect(JSON.stringify(getLibyaBasemap()).length).toBeLessThan(150_000);
  });

  it("names a missing focus country", () => {
    expect(() => basemapFromTopology(topo, { focusId: "999", box: [0, 0, 1, 1] })).toThrow(/999/);
  });
});

describe("getLibyaBasemap with a wider extent", () => {
  const wide = getLibyaBasemap([-4, 8, 42, 56]);
  it("covers Berlin with coarser land outside the detailed box, and keeps Libya detailed", () => {
    expect(wide.box).toEqual([-4, 8, 42, 56]);
    expect(booleanPointInPolygon([13.4, 52.52], wide.land)).toBe(true); // Berlin
    expect(booleanPointInPolygon([13.18, 32.89], wide.land)).toBe(true); // Tripoli
    expect(booleanPointInPolygon([18, 33.5], wide.land)).toBe(false);
    expect(wide.focus).toEqual(getLibyaBasemap().focus);
    expect(JSON.stringify(wide).length).toBeLessThan(200_000);
  });
  it("adds no layer inside the detailed box twice", () => {
    const detail = getLibyaBasemap();
    const inside = (c: number[]) => c[0]! > -4 && c[0]! < 42 && c[1]! > 8 && c[1]! < 44;
    const coastInside = wide.coast.geometry.coordinates.flat().filter(inside).length;
    expect(coastInside).toBe(detail.coast.geometry.coordinates.flat().filter(inside).length);
  });
});

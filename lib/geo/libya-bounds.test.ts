import { describe, expect, it } from "vitest";
import { bbox } from "@turf/turf";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import countries from "world-atlas/countries-50m.json";
import { LIBYA_BBOX, bboxToLatLngBounds } from "./libya-bounds";

describe("LIBYA_BBOX", () => {
  it("contains Libya's Natural Earth outline within 0.01°", () => {
    const topo = countries as unknown as Topology;
    const libya = (topo.objects.countries as GeometryCollection).geometries.find((g) => g.id === "434")!;
    const [w, s, e, n] = bbox(feature(topo, libya)) as [number, number, number, number];
    const [W, S, E, N] = LIBYA_BBOX as [number, number, number, number];
    expect(W).toBeLessThanOrEqual(w);
    expect(S).toBeLessThanOrEqual(s);
    expect(E).toBeGreaterThanOrEqual(e);
    expect(N).toBeGreaterThanOrEqual(n);
    expect(w - W).toBeLessThan(0.011);
    expect(s - S).toBeLessThan(0.011);
    expect(E - e).toBeLessThan(0.011);
    expect(N - n).toBeLessThan(0.011);
  });
});

describe("bboxToLatLngBounds", () => {
  it("swaps to [lat, lon] corner pairs and pads", () => {
    expect(bboxToLatLngBounds([9.31, 19.49, 25.16, 33.19])).toEqual([[19.49, 9.31], [33.19, 25.16]]);
    expect(bboxToLatLngBounds([10, 20, 30, 40], 1)).toEqual([[19, 9], [41, 31]]);
  });
});

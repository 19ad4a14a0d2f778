import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { checkCoordinates, distanceKm, type ReferencePlace } from "./coordinates";
import { loadGazetteer } from "./load";
import { placeFixture } from "./test-places";

const OSM = "OpenStreetMap via Libya-cities-dataset-JSON (shared/reference)";

describe("checkCoordinates", () => {
  const reference: ReferencePlace[] = [
    { ar: "رأس لانوف", en: "Ras Lanuf", lat: 30.587, lon: 18.418 },
    { ar: "نالوت", en: "Nalut", lat: 31.864, lon: 10.983 },
    { ar: "الخربة", en: "Khirba", lat: 31.842, lon: 11.15 },
    { ar: "الخربة", en: "Khirba", lat: 26.0, lon: 14.0 },
  ];
  it("lists an entry whose reference reading lies farther than its precision", () => {
    const p = placeFixture({ id: "ras-lanuf", nameAr: "رأس لانوف", lat: 30.495, lon: 18.555, precisionKm: 3, sources: ["Wikipedia: Ras Lanuf"] });
    const r = checkCoordinates([p], reference);
    expect(r.disagreements.map((d) => d.id)).toEqual(["ras-lanuf"]);
    expect(r.disagreements[0]!.readings[0]!.km).toBeGreaterThan(15);
  });
  it("ignores the reference reading when the entry says why it is wrong", () => {
    const p = placeFixture({ id: "ras-lanuf", nameAr: "رأس لانوف", lat: 30.495, lon: 18.555, precisionKm: 3, sources: ["Wikipedia: Ras Lanuf"], referenceRejected: "the reference point lies 16 km west of the town" });
    expect(checkCoordinates([p], reference).disagreements).toEqual([]);
  });
  it("lists an entry whose recorded check disagrees, and accepts one that agrees", () => {
    const far = placeFixture({ id: "nalut", nameAr: "نالوت", lat: 31.864, lon: 10.983, precisionKm: 5, sources: [OSM], checks: [{ source: "Wikipedia: Nalut", lat: 31.95, lon: 10.983 }] });
    const near = { ...far, checks: [{ source: "Wikipedia: Nalut", lat: 31.8667, lon: 10.9833 }] };
    expect(checkCoordinates([far], reference).disagreements.map((d) => d.readings[0]!.source)).toEqual(["Wikipedia: Nalut"]);
    expect(checkCoordinates([near], reference)).toEqual({ disagreements: [], singleSource: [] });
  });
  it("does not count the reference as a second source for an entry taken from it", () => {
    const p = placeFixture({ id: "nalut", nameAr: "نالوت", lat: 31.864, lon: 10.983, precisionKm: 5, sources: [OSM] });
    expect(checkCoordinates([p], reference).singleSource).toEqual(["nalut"]);
    const other = { ...p, sources: ["Wikipedia: Nalut"] };
    expect(checkCoordinates([other], reference).singleSource).toEqual([]);
  });
  it("matches the nearest record of a repeated name and ignores far namesakes", () => {
    const p = placeFixture({ id: "khirba", nameAr: "الخربة", lat: 31.85, lon: 11.15, precisionKm: 2, sources: ["Wikipedia"] });
    const r = checkCoordinates([p], reference);
    expect(r.disagreements).toEqual([]);
    expect(r.singleSource).toEqual([]);
  });
  it("measures great-circle distances", () => {
    expect(distanceKm(32.8872, 13.1913, 32.1167, 20.0667)).toBeCloseTo(650, -1);
  });
});

describe("the gazetteer's coordinates against a second source", () => {
  const path = fileURLToPath(new URL("../../../shared/reference/libya-places-osm.json", import.meta.url));
  const reference = (JSON.parse(readFileSync(path, "utf8")) as { places: ReferencePlace[] }).places;
  const g = loadGazetteer();
  const report = checkCoordinates(g.places, reference);
  const checked = g.places.filter((p) => p.kind !== "country").length - report.singleSource.length;

  it("has no entry whose sources disagree by more than its precision", () => {
    const lines = report.disagreements.map((d) => `${d.id} (±${d.precisionKm} km): ${d.readings.map((r) => `${r.source} ${r.km.toFixed(1)} km away`).join("; ")}`);
    expect(lines).toEqual([]);
  });
  it("counts the entries with a second independent source (and prints those still with one)", () => {
    console.info(`coordinates: ${checked} entries with two independent sources, ${report.singleSource.length} with one`);
    // A floor, not a target: it only moves up as second sources are recorded.
    expect(checked).toBeGreaterThanOrEqual(52);
  });
});

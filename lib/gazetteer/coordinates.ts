import { normalizeName } from "../arabic";
import type { CoordinateEvidence, Place } from "./place";

/** One record of the reference extract (shared/reference/libya-places-osm.json). */
export type ReferencePlace = { ar: string | null; en: string | null; lat: number; lon: number };

/** A reference record farther than this from an entry is another place of the same name. */
export const REFERENCE_MATCH_KM = 75;

/** The name the entries give for the reference extract as their source. */
const REFERENCE_SOURCE = "OpenStreetMap via Libya-cities-dataset-JSON";

/** One coordinate reading of an entry: where it comes from and how far it lies from the entry's point. */
export type Reading = { source: string; lat: number; lon: number; km: number };

export type CoordinateReport = {
  /** Entries with a reading farther from their point than their precisionKm. */
  disagreements: { id: string; precisionKm: number; readings: Reading[] }[];
  /** Entries whose point has no reading from a second, independent source. */
  singleSource: string[];
};

/** Great-circle distance in km (haversine). Example: distanceKm(32.89, 13.18, 32.12, 20.07) ≈ 650. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Checks every entry's point against its other readings (from `evidence`, the gazetteer's map of
 * each entry's `checks` and `referenceRejected`): the nearest reference record with one of
 * its Arabic names (within REFERENCE_MATCH_KM; ignored when the entry says why in
 * `referenceRejected`) and the readings recorded in `checks`. A reading farther than the entry's
 * precisionKm is a disagreement. An entry whose point comes from the reference (its first source)
 * needs a `checks` reading to count as two-sourced; any other entry is two-sourced by a reference
 * match or a `checks` reading. Countries are left out (their point is a centre, not a place).
 *
 * Example: an entry at Ras Lanuf's reference point with a Wikipedia check 16 km away → a disagreement.
 */
export function checkCoordinates(
  places: readonly Place[],
  reference: readonly ReferencePlace[],
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
  const report: CoordinateReport = { disagreements: [], singleSource: [] };
  for (const p of places) {
    if (p.kind === "country") continue;
    const readings: Reading[] = [];
    const fromReference = p.sources[0]?.startsWith(REFERENCE_SOURCE) ?? false;
    const { checks, referenceRejected } = evidence.get(p.id) ?? {};
    if (referenceRejected === undefined) {
      let best: Reading | undefined;
      for (const name of new Set([p.nameAr, ...p.aliases.ar].map(normalizeName))) {
        for (const r of byName.get(name) ?? []) {
          const km = distanceKm(p.lat, p.lon, r.lat, r.lon);
          if (km <= REFERENCE_MATCH_KM && (!best || km < best.km)) best = { source: `reference extract: ${r.ar}`, lat: r.lat, lon: r.lon, km };
        }
      }
      if (best) readings.push(best);
    }
    for (const c of checks ?? []) readings.push({ source: c.source, lat: c.lat, lon: c.lon, km: distanceKm(p.lat, p.lon, c.lat, c.lon) });
    const bad = readings.filter((r) => r.km > p.precisionKm);
    if (bad.length > 0) report.disagreements.push({ id: p.id, precisionKm: p.precisionKm, readings: bad });
    const independent = fromReference ? (checks?.length ?? 0) : readings.length;
    if (independent === 0) report.singleSource.push(p.id);
  }
  return report;
}

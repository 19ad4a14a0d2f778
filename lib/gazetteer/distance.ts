/** One coordinate reading of an entry: where it comes from and how far it lies from the entry's point. */
export type Reading = { source: string; lat: number; lon: number; km: number };

/** Great-circle distance in km (haversine). Example: distanceKm(32.89, 13.18, 32.12, 20.07) ≈ 650. */
export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(a)));
}

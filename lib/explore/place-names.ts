import type { Place } from "../gazetteer/place";

/**
 * A gazetteer place as the search box needs it, as a tuple so the list stays small on the wire
 * (510 places ≈ 62 KB of JSON, ≈ 23 KB gzipped):
 * [id, nameAr, nameEn, aliasesAr, aliasesEn, kind, lat, lon, precisionKm, country].
 */
export type PlaceNameRow = [string, string, string, string[], string[], Place["kind"], number, number, number, string];

/** @example toNameRow(misrata) // → ["misrata", "مصراتة", "Misrata", ["مصراته"], ["Misurata"], "city", 32.37, 15.09, 5, "LY"] */
export function toNameRow(p: Place): PlaceNameRow {
  return [p.id, p.nameAr, p.nameEn, p.aliases.ar, p.aliases.en, p.kind, p.lat, p.lon, p.precisionKm, p.country];
}

/**
 * Back to a Place for searchPlaces(). Sources are not sent (the search never shows them).
 * @example fromNameRow(toNameRow(misrata)).aliases.en // → ["Misurata"]
 */
export function fromNameRow(row: PlaceNameRow): Place {
  const [id, nameAr, nameEn, ar, en, kind, lat, lon, precisionKm, country] = row;
  return { id, nameAr, nameEn, aliases: { ar, en }, kind, lat, lon, precisionKm, country, sources: [] };
}

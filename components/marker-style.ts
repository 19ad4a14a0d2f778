import type { PlaceKind } from "@/lib/gazetteer/place";

/** How the map groups kinds for styling and the legend (countries are listed, not drawn). */
export const KIND_GROUPS = ["settlement", "neighbourhood", "area", "military", "transport", "oil", "site"] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

const GROUP_OF: Record<Exclude<PlaceKind, "country">, KindGroup> = {
  city: "settlement",
  town: "settlement",
  village: "settlement",
  neighbourhood: "neighbourhood",
  district: "area",
  region: "area",
  airbase: "military",
  camp: "military",
  airport: "transport",
  port: "transport",
  crossing: "transport",
  road: "transport",
  oilfield: "oil",
  poi: "site",
};

/** Legend text per group, in reading order. */
export const GROUP_LABELS: Record<KindGroup, string> = {
  settlement: "City, town, village",
  neighbourhood: "Neighbourhood",
  area: "District, region",
  military: "Air base, camp",
  transport: "Airport, port, road, crossing",
  oil: "Oil field, terminal",
  site: "Other site",
};

/**
 * The style group of a place kind.
 *
 * @example kindGroup("airbase") // → "military"
 */
export function kindGroup(kind: Exclude<PlaceKind, "country">): KindGroup {
  return GROUP_OF[kind];
}

/** Smallest and largest marker diameters in CSS pixels. */
export const MIN_MARKER_PX = 18;
export const MAX_MARKER_PX = 46;

/**
 * Marker diameter for a mention count: grows with the square root so the marker's area follows
 * the count, clamped so one mention stays tappable and a hundred does not hide the map.
 *
 * @example markerSize(1) // → 22
 * @example markerSize(9) // → 30
 */
export function markerSize(count: number): number {
  const px = Math.round(MIN_MARKER_PX + 4 * Math.sqrt(Math.max(0, count)));
  return Math.min(MAX_MARKER_PX, Math.max(MIN_MARKER_PX, px));
}

/**
 * The accessible name of a place's marker: English and Arabic names and the count.
 *
 * @example markerLabel({ nameEn: "Misrata", nameAr: "مصراتة", count: 9 }) // → "Misrata — مصراتة, 9 mentions"
 */
export function markerLabel(place: { nameEn: string; nameAr: string; count: number }): string {
  return `${place.nameEn} — ${place.nameAr}, ${place.count} ${place.count === 1 ? "mention" : "mentions"}`;
}

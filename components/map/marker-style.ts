import type { PlaceKind } from "@/lib/gazetteer/place";
import type { Lang } from "@/lib/url-state";

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

/** Legend text per group in Arabic. */
export const GROUP_LABELS_AR: Record<KindGroup, string> = {
  settlement: "مدينة، بلدة، قرية",
  neighbourhood: "حي",
  area: "شعبية، منطقة",
  military: "قاعدة جوية، معسكر",
  transport: "مطار، ميناء، طريق، منفذ حدودي",
  oil: "حقل نفط، ميناء نفطي",
  site: "موقع آخر",
};

/** The legend text of a group in `lang`. @example groupLabel("ar", "oil") // → "حقل نفط، ميناء نفطي" */
export function groupLabel(lang: Lang, group: KindGroup): string {
  return (lang === "ar" ? GROUP_LABELS_AR : GROUP_LABELS)[group];
}

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

type ArabicForms = Record<Intl.LDMLPluralRule, string>;
const arabicPlural = new Intl.PluralRules("ar");

/** A count with its noun in the form Arabic grammar gives that number ({n} is the number). */
function arabicCount(n: number, forms: ArabicForms): string {
  return forms[arabicPlural.select(n)].replace("{n}", String(n));
}

/**
 * A count that is also drawn on the marker as a numeral: a form that says the number in words
 * (one, two) follows the numeral in brackets, so the name holds what is seen (WCAG 2.5.3, label in
 * name: a voice user says "2"; bracketed words do not count as the label).
 * @example shownArabicCount(2, PLACES_AR) // → "2 (مكانان)"
 */
function shownArabicCount(n: number, forms: ArabicForms): string {
  const form = forms[arabicPlural.select(n)];
  return form.includes("{n}") ? form.replace("{n}", String(n)) : `${n} (${form})`;
}

// 1 إشارة واحدة, 2 إشارتان, 3–10 إشارات, 11–99 إشارة, 100 إشارة …
const MENTIONS_AR: ArabicForms = {
  zero: "{n} إشارة",
  one: "إشارة واحدة",
  two: "إشارتان",
  few: "{n} إشارات",
  many: "{n} إشارة",
  other: "{n} إشارة",
};
const PLACES_AR: ArabicForms = {
  zero: "{n} مكان",
  one: "مكان واحد",
  two: "مكانان",
  few: "{n} أماكن",
  many: "{n} مكانًا",
  other: "{n} مكان",
};

/**
 * The accessible name of a place's marker: both names, the interface language's first, and the
 * count (its numeral, drawn on the marker, always in the name); with how many of its mentions are
 * unsaved (a pasted article) when there are any.
 *
 * @example markerLabel({ nameEn: "Misrata", nameAr: "مصراتة", count: 9 }) // → "Misrata — مصراتة, 9 mentions"
 * @example markerLabel({ nameEn: "Misrata", nameAr: "مصراتة", count: 14 }, "ar", 2) // → "مصراتة — Misrata، 14 إشارة (غير محفوظة: 2)"
 */
export function markerLabel(place: { nameEn: string; nameAr: string; count: number }, lang: Lang = "en", unsaved = 0): string {
  const { nameEn, nameAr, count } = place;
  if (lang === "ar") {
    const label = `${nameAr} — ${nameEn}، ${shownArabicCount(count, MENTIONS_AR)}`;
    return unsaved > 0 ? `${label} (غير محفوظة: ${unsaved})` : label;
  }
  const label = `${nameEn} — ${nameAr}, ${count} ${count === 1 ? "mention" : "mentions"}`;
  return unsaved > 0 ? `${label} (${unsaved} unsaved)` : label;
}

/**
 * The accessible name of a cluster of markers: how many places (the numeral drawn on it) and
 * mentions it holds, and what opening it does.
 *
 * @example clusterLabel(3, 20, "en") // → "3 places, 20 mentions: open to zoom in"
 * @example clusterLabel(3, 20, "ar") // → "3 أماكن، 20 إشارة: افتحها للتقريب"
 */
export function clusterLabel(places: number, mentions: number, lang: Lang = "en"): string {
  if (lang === "ar") return `${shownArabicCount(places, PLACES_AR)}، ${arabicCount(mentions, MENTIONS_AR)}: افتحها للتقريب`;
  return `${places} places, ${mentions} mentions: open to zoom in`;
}

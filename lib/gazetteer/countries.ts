/**
 * Every country and territory, generated at load time from two kept libraries instead of being
 * typed by hand: the Arabic names from i18n-iso-countries' "ar" locale and world-countries'
 * Arabic translations (common and official), the point and size from world-countries (latlng,
 * area) and its capital named in the sources. A country that data/gazetteer/world.json already
 * curates is left to that entry (it carries the spellings the coverage uses and leaves out names
 * that are ordinary words or other places: "سلطنة عمان", not the "عمان" of Amman).
 */
import worldCountries from "world-countries";
import arabicLocale from "i18n-iso-countries/langs/ar.json";
import { normalizeName } from "../arabic";
import type { GazetteerFile } from "./files";

type RawPlace = { id?: unknown; kind?: unknown; country?: unknown; nameAr?: unknown; aliases?: { ar?: unknown } };

const ARABIC_NAMES = (arabicLocale as { countries: Record<string, string | string[]> }).countries;

/**
 * Spellings the coverage uses that neither library has, by ISO code (the libraries' names come
 * first; these are added after them). Example: "كوت ديفوار" for Côte d'Ivoire.
 */
export const EXTRA_ARABIC_NAMES: Readonly<Record<string, readonly string[]>> = {
  BA: ["البوسنة"],
  CF: ["أفريقيا الوسطى", "إفريقيا الوسطى", "جمهورية إفريقيا الوسطى"],
  CI: ["كوت ديفوار"],
  CD: ["الكونغو الديمقراطية", "كونغو الديمقراطية"],
};

/** A radius for a country's point: the radius of a disc of its area, 5-2000 km (the schema's range). */
export function countryPrecisionKm(areaKm2: number): number {
  return Math.round(Math.min(2000, Math.max(5, Math.sqrt(Math.max(areaKm2, 1) / Math.PI))));
}

/** "Bosnia and Herzegovina" → "bosnia-and-herzegovina"; "Côte d'Ivoire" → "cote-d-ivoire". */
export function slug(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/**
 * The generated country file for the given curated files: one entry per world-countries country
 * whose ISO code no curated country has. Arabic names that fold to a name the curated files
 * already use for another place are left out (they would make that place ambiguous), and so are
 * names of fewer than two letters. Example: for Kenya → { id: "kenya", nameAr: "كينيا", ... }.
 */
export function generatedCountries(curated: readonly GazetteerFile[]): GazetteerFile {
  const curatedCodes = new Set<string>();
  const curatedIds = new Set<string>();
  const usedNames = new Set<string>();
  for (const { data } of curated) {
    const places = (data as { places?: unknown }).places;
    if (!Array.isArray(places)) continue;
    for (const p of places as RawPlace[]) {
      if (typeof p.id === "string") curatedIds.add(p.id);
      if (p.kind === "country" && typeof p.country === "string") curatedCodes.add(p.country);
      for (const n of [p.nameAr, ...(Array.isArray(p.aliases?.ar) ? p.aliases.ar : [])]) if (typeof n === "string") usedNames.add(normalizeName(n));
    }
  }
  const places: unknown[] = [];
  for (const c of worldCountries) {
    if (curatedCodes.has(c.cca2) || !/^[A-Z]{2}$/.test(c.cca2)) continue;
    const fromLocale = ARABIC_NAMES[c.cca2];
    const ara = c.translations["ara"];
    const names: string[] = [];
    const seen = new Set<string>();
    const libraryNames = [...(Array.isArray(fromLocale) ? fromLocale : fromLocale ? [fromLocale] : []), ara?.common, ara?.official];
    for (const n of [...libraryNames, ...(EXTRA_ARABIC_NAMES[c.cca2] ?? [])]) {
      if (typeof n !== "string") continue;
      const key = normalizeName(n);
      if (key.length < 2 || seen.has(key) || usedNames.has(key)) continue;
      seen.add(key);
      names.push(n);
    }
    if (names.length === 0) continue;
    let id = slug(c.name.common);
    if (curatedIds.has(id)) id = `${id}-country`;
    const capital = c.capital.length > 0 ? `; capital ${c.capital.join(", ")}` : "";
    places.push({
      id,
      nameAr: names[0],
      nameEn: c.name.common,
      aliases: { ar: names.slice(1), en: c.name.official !== c.name.common ? [c.name.official] : [] },
      kind: "country",
      lat: c.latlng[0],
      lon: c.latlng[1],
      precisionKm: countryPrecisionKm(c.area),
      country: c.cca2,
      sources: [
        `world-countries ${c.cca3}: latlng ${c.latlng.join(", ")}, area ${c.area} km²${capital}`,
        `i18n-iso-countries (ar locale): ${c.cca2}`,
      ],
    });
  }
  return {
    file: "countries (generated from world-countries and i18n-iso-countries)",
    data: { about: "Countries and territories that data/gazetteer/world.json does not curate, generated at load time.", places },
  };
}

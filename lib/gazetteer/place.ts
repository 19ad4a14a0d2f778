import { z } from "zod";

/** The kinds of place the gazetteer knows; the map styles markers by these. */
export const PLACE_KINDS = [
  "country",
  "district",
  "region",
  "city",
  "town",
  "village",
  "neighbourhood",
  "airbase",
  "airport",
  "port",
  "oilfield",
  "camp",
  "road",
  "crossing",
  "poi",
] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

const arabicName = z.string().min(2).regex(/[\u0600-\u06FF]/, "must contain Arabic letters");
const englishName = z.string().min(2).regex(/^[^\u0600-\u06FF]+$/, "must not contain Arabic letters");

/** One gazetteer entry, as written by hand in data/gazetteer/*.json (see DESIGN.md, "Place"). */
export const placeSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be a lowercase slug like abu-qurain"),
    nameAr: arabicName,
    nameEn: englishName,
    aliases: z.object({ ar: z.array(arabicName), en: z.array(englishName) }).strict(),
    kind: z.enum(PLACE_KINDS),
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
    precisionKm: z.number().positive().max(2000),
    country: z.string().regex(/^[A-Z]{2}$/, "must be an ISO 3166-1 alpha-2 code"),
    parent: z.string().optional(),
    sources: z.array(z.string().min(3)).min(1, "every entry needs at least one source"),
    /**
     * Independent readings of the same point (a second source for the coordinates), each named:
     * coordinates.test.ts lists every entry whose readings lie farther from its point than its
     * precisionKm. Example: [{ source: "Wikipedia: Nalut", lat: 31.868, lon: 10.982 }].
     */
    checks: z.array(z.object({ source: z.string().min(3), lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).strict()).optional(),
    /**
     * Why the reference extract's point for this name is not used, when it is wrong (Ras Lanuf's
     * lies 16 km from the town): the check then ignores that reading instead of reporting it.
     */
    referenceRejected: z.string().min(20).optional(),
    /**
     * Why the GeoNames city matched by this entry's English name is not a reading of its point
     * (a namesake, or a point GeoNames has wrong): the check then ignores it.
     */
    geonamesRejected: z.string().min(20).optional(),
    /**
     * How a disagreement between this entry's sources was settled, when the point was moved or
     * precisionKm widened because of one ("the oasis spreads 5 km; OSM and GeoNames mark its two ends").
     */
    coordinateNote: z.string().min(20).optional(),
  })
  .strict();

/** An entry as written, with its coordinate evidence (`checks`, `referenceRejected`, `geonamesRejected`, `coordinateNote`). */
export type PlaceEntry = z.infer<typeof placeSchema>;

/** The evidence for an entry's point, kept apart from the Place the app and the geoparser see. */
export type CoordinateEvidence = Pick<PlaceEntry, "checks" | "referenceRejected" | "geonamesRejected" | "coordinateNote">;

/** A place as the rest of the app sees it: the entry without its coordinate evidence. */
export type Place = Omit<PlaceEntry, "checks" | "referenceRejected" | "geonamesRejected" | "coordinateNote">;

/** A gazetteer file: a short description of what it holds and its entries. */
export const gazetteerFileSchema = z
  .object({
    about: z.string().min(10),
    places: z.array(z.unknown()),
  })
  .strict();

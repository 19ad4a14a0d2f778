/** The curated gazetteer: validation, loading and the name index. */
export { loadGazetteer } from "./load";
export { buildGazetteer, GazetteerError } from "./build";
export { NameIndex, type TrieNode } from "./name-index";
export { GAZETTEER_FILES, type GazetteerFile } from "./files";
export type { Gazetteer } from "./types";
export { placeSchema, PLACE_KINDS, type Place, type PlaceKind } from "./place";
export { generatedCountries, EXTRA_ARABIC_NAMES } from "./countries";
export { checkCoordinates, distanceKm, type CoordinateReport, type ReferencePlace } from "./coordinates";
export type { CoordinateEvidence, PlaceEntry } from "./place";

/** The curated gazetteer: validation, loading and the name index. */
export { loadGazetteer } from "./load";
export { buildGazetteer, GazetteerError } from "./build";
export { NameIndex, type TrieNode } from "./name-index";
export { GAZETTEER_FILES, type GazetteerFile } from "./files";
export type { Gazetteer } from "./types";
export { placeSchema, PLACE_KINDS, type Place, type PlaceKind } from "./place";

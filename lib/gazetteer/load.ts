import { buildGazetteer } from "./build";
import { generatedCountries } from "./countries";
import { GAZETTEER_FILES } from "./files";
import type { Gazetteer } from "./types";

let loaded: Gazetteer | undefined;

/**
 * The project's gazetteer, validated and indexed once per process (memoised): the curated files
 * and, after them, every other country and territory generated from the country libraries.
 * Throws GazetteerError naming file, entry id and problem when the data is bad.
 *
 * Example: loadGazetteer().byId.get("misrata")?.nameEn === "Misrata".
 */
export function loadGazetteer(): Gazetteer {
  loaded ??= buildGazetteer([...GAZETTEER_FILES, generatedCountries(GAZETTEER_FILES)]);
  return loaded;
}

import { buildGazetteer } from "./build";
import { GAZETTEER_FILES } from "./files";
import type { Gazetteer } from "./types";

let loaded: Gazetteer | undefined;

/**
 * The project's gazetteer, validated and indexed once per process (memoised).
 * Throws GazetteerError naming file, entry id and problem when the data is bad.
 *
 * Example: loadGazetteer().byId.get("misrata")?.nameEn === "Misrata".
 */
export function loadGazetteer(): Gazetteer {
  loaded ??= buildGazetteer(GAZETTEER_FILES);
  return loaded;
}

import type { NameIndex } from "./name-index";
import type { CoordinateEvidence, Place } from "./place";

/** The loaded, validated gazetteer: places, look-up by id and by name, children by parent id. */
export type Gazetteer = {
  places: Place[];
  byId: Map<string, Place>;
  index: NameIndex;
  /** Places whose `parent` is the key: "misrata" → [misrata-airport, tamina, ...]. */
  children: Map<string, Place[]>;
  /** The coordinate evidence of the entries that record some (checks, a rejected reference point), by id. */
  evidence: Map<string, CoordinateEvidence>;
};

import type { MapViewState } from "./types";
import { writeViewState } from "./write";

/**
 * true when a view shows nothing a bare URL would not: no place, filter or moved map. Fields equal
 * to their defaults (zoom 5, lang "en"…) count as unset.
 *
 * @example isDefaultView({ zoom: 5, lang: "en" }) // → true
 * @example isDefaultView({ place: "sirte" })     // → false
 */
export function isDefaultView(state: MapViewState): boolean {
  return writeViewState(state) === "";
}

/**
 * The gazetteer data files, imported statically so the same code runs in Node, in route
 * handlers and in the browser bundle (no fs). A new file in data/gazetteer/ must be added
 * here; files.test.ts fails until it is.
 */
import libyaDistricts from "../../data/gazetteer/libya-districts.json";
import libyaCities from "../../data/gazetteer/libya-cities.json";
import libyaNeighbourhoods from "../../data/gazetteer/libya-neighbourhoods.json";
import libyaFacilities from "../../data/gazetteer/libya-facilities.json";
import world from "../../data/gazetteer/world.json";

/** One data file as loaded: its name (for error messages) and its unvalidated content. */
export type GazetteerFile = { file: string; data: unknown };

export const GAZETTEER_FILES: readonly GazetteerFile[] = [
  { file: "libya-districts.json", data: libyaDistricts },
  { file: "libya-cities.json", data: libyaCities },
  { file: "libya-neighbourhoods.json", data: libyaNeighbourhoods },
  { file: "libya-facilities.json", data: libyaFacilities },
  { file: "world.json", data: world },
];

import type { PlaceKind } from "@/lib/gazetteer/place";

/** A place kind as English readers say it. */
export const KIND_LABELS: Record<PlaceKind, string> = {
  country: "country",
  district: "district",
  region: "region",
  city: "city",
  town: "town",
  village: "village",
  neighbourhood: "neighbourhood",
  airbase: "air base",
  airport: "airport",
  port: "port",
  oilfield: "oil field",
  camp: "military camp",
  road: "road",
  crossing: "border crossing",
  poi: "site",
};

import type { PlaceKind } from "../gazetteer/place";

/**
 * How likely a bare name means a place of this kind, when several places share it:
 * a settlement before the district or country named after it (تونس = Tunis before Tunisia,
 * طرابلس = the city before the district), facilities last (they need a facility word).
 */
export const KIND_RANK: Readonly<Record<PlaceKind, number>> = {
  city: 70,
  town: 65,
  village: 60,
  neighbourhood: 55,
  district: 50,
  region: 45,
  country: 40,
  airbase: 30,
  airport: 30,
  port: 30,
  oilfield: 30,
  camp: 30,
  crossing: 30,
  road: 25,
  poi: 25,
};

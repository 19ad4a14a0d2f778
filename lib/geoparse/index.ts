/** The geoparser: Arabic text in, resolved place mentions out (pure; the CLI is scripts/geoparse.ts). */
export { geoparse } from "./geoparse";
export type { GeoMention } from "./types";

/**
 * What the geoparser finds: a place name at [start, end) of the ORIGINAL text, resolved to one
 * gazetteer place. `text.slice(start, end) === surface` always holds; a leading proclitic
 * (و ف ب ل ك) is outside the span.
 */
export type GeoMention = {
  start: number;
  end: number;
  surface: string;
  placeId: string;
};

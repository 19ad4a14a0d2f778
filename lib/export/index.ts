export { rowOfQuote, type ExportRow } from "./rows";
export { mentionsToCsv, csvField, csvRecord, CSV_COLUMNS, CSV_HEAD, UTF8_BOM } from "./csv";
export { mentionFeature, mentionsToGeoJSON, placesToGeoJSON, type MentionFeature, type PlaceProperties } from "./geojson";
export { parseExportQuery, EXPORT_ROW_CAP, type ExportQuery } from "./query";

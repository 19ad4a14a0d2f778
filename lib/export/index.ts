export { exportRows, type ExportRow, type ExportSources } from "./rows";
export { mentionsToCsv, csvField, CSV_COLUMNS, UTF8_BOM } from "./csv";
export { mentionsToGeoJSON, placesToGeoJSON, type MentionFeature, type PlaceProperties } from "./geojson";
export { parseExportQuery, type ExportQuery } from "./query";

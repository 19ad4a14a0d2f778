import type { ExportRow } from "./rows";

/** Byte-order mark: without it spreadsheet programs read UTF-8 CSV as a legacy code page and garble Arabic. */
export const UTF8_BOM = "\uFEFF";

export const CSV_COLUMNS = [
  "mention_id", "article_id", "article_title", "published_from", "published_to",
  "place_id", "name_ar", "name_en", "kind", "country", "lon", "lat", "precision_km",
  "start", "end", "surface", "sentence", "source", "url", "role", "combat_kind",
] as const;

/**
 * One CSV field (RFC 4180): quoted, with quotes doubled, when it holds a comma, a quote, CR or LF.
 * Text that a spreadsheet would run as a formula (starting = + - @ or a tab/CR) is prefixed
 * with an apostrophe: article text is untrusted input (OWASP "CSV injection").
 *
 * @example csvField('قال "نعم", ثم') // '"قال ""نعم"", ثم"'
 */
export function csvField(value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * Mentions as CSV: BOM, a header row, one row per mention, CRLF line ends (RFC 4180).
 *
 * @example mentionsToCsv(rows).split("\r\n")[0] // "\uFEFFmention_id,article_id,article_title,…"
 */
export function mentionsToCsv(rows: readonly ExportRow[]): string {
  return CSV_HEAD + rows.map(csvRecord).join("");
}

/** The start of every CSV export: the BOM and the header row with its CRLF. */
export const CSV_HEAD = UTF8_BOM + CSV_COLUMNS.join(",") + "\r\n";

/**
 * One mention as a CSV record with its CRLF, in CSV_COLUMNS order (a streamed export writes these
 * one by one after CSV_HEAD).
 *
 * @example csvRecord(row).endsWith("\r\n") // true
 */
export function csvRecord(r: ExportRow): string {
  return (
    [
      r.mentionId, r.articleId, r.articleTitle, r.published?.from ?? null, r.published?.to ?? null,
      r.placeId, r.nameAr, r.nameEn, r.kind, r.country, r.lon, r.lat, r.precisionKm,
      r.start, r.end, r.surface, r.sentence, r.source ?? null, r.url ?? null, r.role ?? null, r.combatKind ?? null,
    ]
      .map(csvField)
      .join(",") + "\r\n"
  );
}

/**
 * The column names (CSV) and keys (JSON Lines) read, per field, in the order they are tried: the
 * first one with a non-empty value gives the field. Names are compared after
 * {@link fieldName}, so "Published At", "published-at" and "PUBLISHED_AT" are one name. Any other
 * column or key is ignored. `summary` is a text that is a summary (a feed reader's description).
 *
 * @example RECORD_FIELDS.text // ["text", "body", "content", "article", "النص", "المحتوى"]
 */
export const RECORD_FIELDS = {
  title: ["title", "headline", "العنوان"],
  text: ["text", "body", "content", "article", "النص", "المحتوى"],
  summary: ["summary", "description", "الملخص"],
  url: ["url", "link", "canonical_url", "الرابط"],
  date: ["date", "published", "published_at", "pubdate", "date_published", "التاريخ"],
  from: ["published_from", "date_from"],
  to: ["published_to", "date_to"],
  source: ["source", "outlet", "publisher", "site_name", "المصدر"],
} as const;

export type RecordField = keyof typeof RECORD_FIELDS;

/**
 * A column name or key as compared against {@link RECORD_FIELDS}: trimmed, a BOM dropped,
 * lower-cased, runs of spaces, hyphens and dots made one "_".
 *
 * @example fieldName(" Published-At ") // "published_at"
 */
export function fieldName(name: string): string {
  return name.replace(/^\uFEFF/, "").trim().toLowerCase().replace(/[\s.-]+/g, "_");
}

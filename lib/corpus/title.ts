// A site breadcrumb is short segments each followed by " » ": "الرئيسية » الدولي » ". A segment may
// not contain « or », so a title that opens with a «quoted» phrase is left alone.
const BREADCRUMB = /^(?:[^«»\n]{1,40}\s»\s*)+/;

/**
 * A title from an article's text: its first non-empty line without a leading breadcrumb, with
 * runs of whitespace collapsed. Returns "" for a text with no visible characters.
 *
 * @example titleFromText("الرئيسية » الدولي » “الوفاق” تطرد قوات حفتر\n\nنص")
 *   // → "“الوفاق” تطرد قوات حفتر"
 */
export function titleFromText(text: string): string {
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/^\uFEFF/, "").trim();
    if (!trimmed) continue;
    const title = trimmed.replace(BREADCRUMB, "").replace(/\s+/g, " ").trim();
    return title || trimmed.replace(/\s+/g, " ");
  }
  return "";
}

/** A title taken from the text is cut to about this many characters: one or two lines in a popup, not a paragraph. */
export const MAX_DERIVED_TITLE_CHARS = 90;

/**
 * A title for an article that came without one: titleFromText's first line, cut at the last
 * space before `max` characters (or at `max` when no space falls in the second half) with "…".
 * Ingest (every format) and the pasted article use this one rule.
 *
 * @example derivedTitle("اشتباكات في ترهونة\n\nنص") // "اشتباكات في ترهونة"
 */
export function derivedTitle(text: string, max = MAX_DERIVED_TITLE_CHARS): string {
  const line = titleFromText(text);
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(" ", max);
  return `${line.slice(0, cut > max / 2 ? cut : max).trimEnd()}…`;
}

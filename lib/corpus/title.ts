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

import { titleFromText } from "../../corpus/title";

/** Longest title made from an article's first line; a text whose first line is a whole paragraph is cut. */
export const MAX_FALLBACK_TITLE_CHARS = 160;

/**
 * A title for an article that came without one: its first line (lib/corpus titleFromText, a
 * site breadcrumb dropped), cut at the last space before {@link MAX_FALLBACK_TITLE_CHARS}
 * characters with "…" when longer.
 *
 * @example fallbackTitle("اشتباكات في ترهونة\n\nنص") // "اشتباكات في ترهونة"
 */
export function fallbackTitle(text: string): string {
  const line = titleFromText(text);
  if (line.length <= MAX_FALLBACK_TITLE_CHARS) return line;
  const cut = line.slice(0, MAX_FALLBACK_TITLE_CHARS);
  const space = cut.lastIndexOf(" ");
  return (space > MAX_FALLBACK_TITLE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd() + "…";
}

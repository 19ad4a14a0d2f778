/**
 * One line of display text: whitespace runs (newlines included) become single spaces, ends trimmed,
 * cut at a word boundary with "…" when longer than `max` characters.
 *
 * @example cleanText("  قال   المتحدث\n إن  ", 100) // → "قال المتحدث إن"
 * @example cleanText("one two three", 9)             // → "one two…"
 */
export function cleanText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

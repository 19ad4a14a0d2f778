/**
 * Breaks text into at most `maxLines` lines of at most `perLine` characters, at spaces; when text
 * is left over the last line ends with "…". SVG cannot wrap text itself, so the preview image needs
 * this. A word longer than a line is cut.
 *
 * @example wrapLines("a bb ccc dddd", 6, 2) // → ["a bb", "ccc…"]
 */
export function wrapLines(text: string, perLine: number, maxLines: number): string[] {
  if (maxLines < 1 || perLine < 2) return [];
  const words = text
    .replace(/\s+/g, " ")
    .trim()
    .split(" ")
    .filter(Boolean)
    .map((w) => (w.length > perLine ? `${w.slice(0, perLine - 1)}…` : w));
  const lines: string[] = [];
  for (const word of words) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  let last = kept[maxLines - 1]!;
  while (last.length + 1 > perLine && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
  if (last.length + 1 > perLine) last = last.slice(0, perLine - 1);
  kept[maxLines - 1] = `${last}…`;
  return kept;
}

/**
 * The sentence that holds `pos`, as EVENTS.md judges roles: a sentence ends at a newline, or at
 * . ! ? ؟ (closing quotes or brackets allowed) before whitespace; ".." and "…" (the separators of
 * a headline) do not end one, so a headline stays one sentence.
 *
 * @example sentenceAround("قصف في سرت. وصل الوفد", 14) // → [12, 21]
 */
export function sentenceAround(text: string, pos: number): [number, number] {
  const boundary = /\n|(?<!\.)\.(?!\.)["”»)]*(?=\s|$)|[!?؟]+["”»)]*(?=\s|$)/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (pos < end) return [start, end];
    start = end;
  }
  return [start, text.length];
}

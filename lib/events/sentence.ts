/**
 * The sentences of a text as EVENTS.md judges roles, as [start, end) spans covering the whole
 * text: a sentence ends at a newline, or at . ! ? ؟ (closing quotes or brackets allowed) before
 * whitespace; ".." and "…" (the separators of a headline) do not end one, so a headline stays
 * one sentence.
 *
 * @example sentenceSpans("قصف في سرت. وصل الوفد") // → [[0, 11], [11, 21]]
 */
export function sentenceSpans(text: string): [number, number][] {
  const boundary = /\n|(?<!\.)\.(?!\.)["”»)]*(?=\s|$)|[!?؟]+["”»)]*(?=\s|$)/g;
  const out: [number, number][] = [];
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length || out.length === 0) out.push([start, text.length]);
  return out;
}

/**
 * The span holding `pos`, by binary search over sentenceSpans' output.
 *
 * @example sentenceOf(sentenceSpans("قصف في سرت. وصل الوفد"), 14) // → [11, 21]
 */
export function sentenceOf(spans: readonly [number, number][], pos: number): [number, number] {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]![1] <= pos) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo]!;
}

/**
 * The sentence that holds `pos` (sentenceSpans, then sentenceOf).
 *
 * @example sentenceAround("قصف في سرت. وصل الوفد", 14) // → [11, 21]
 */
export function sentenceAround(text: string, pos: number): [number, number] {
  return sentenceOf(sentenceSpans(text), pos);
}

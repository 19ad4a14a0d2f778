/** A [start, end) range of JavaScript string indices into an article's text. */
export type Span = { start: number; end: number };

// Full stop, Arabic and Latin question marks, exclamation mark, ellipsis. The Arabic comma (،)
// and semicolon (؛) continue a sentence, so they are deliberately absent.
const TERMINATORS = new Set([".", "؟", "?", "!", "…"]);
// Closing quotes and brackets that belong to the sentence they end: «...». or "...!"
const CLOSERS = new Set(["»", "”", '"', "'", "’", ")", "]", "›"]);

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && /[0-9\u0660-\u0669\u06F0-\u06F9]/.test(ch);
}

function isSpace(ch: string | undefined): boolean {
  return ch !== undefined && /\s/.test(ch);
}

/**
 * Splits Arabic (or mixed) text into sentences: a sentence ends at . ؟ ? ! … (with any closing
 * quotes after it) or at a line break; a full stop between digits (3.5) does not end one. Spans
 * exclude surrounding whitespace and empty sentences are dropped.
 *
 * @example splitSentences("قصف في سرت، ثم هدوء. وصل الوفد\nالجديد")
 *   // → [{start:0,end:20}, {start:21,end:30}, {start:31,end:37}]
 */
export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && isSpace(text[s])) s++;
    while (e > s && isSpace(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\n" || ch === "\r") {
      push(i);
      start = i + 1;
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    if (ch === "." && isDigit(text[i - 1]) && isDigit(text[i + 1])) continue;
    let end = i + 1;
    // Runs of terminators ("؟!", "...") and the closing quotes after them stay in this sentence.
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    push(end);
    start = end;
    i = end - 1;
  }
  push(text.length);
  return spans;
}

/**
 * The sentence that contains `offset`, by binary search over `splitSentences` output. An offset
 * that falls between sentences (in whitespace) gets the next sentence, else the last one.
 *
 * @example sentenceAt(splitSentences("أ ب. ج د."), 5) // → {start:5,end:9}
 */
export function sentenceAt(spans: readonly Span[], offset: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid]!;
    if (offset < span.start) hi = mid - 1;
    else if (offset >= span.end) lo = mid + 1;
    else return span;
  }
  return spans[lo] ?? spans[spans.length - 1];
}

import type { Excerpt } from "./types";
import type { Span } from "./sentences";

/** Longest quote a popup shows; longer sentences are cut around the name. */
export const MAX_EXCERPT_CHARS = 220;
const ELLIPSIS = "…";

/**
 * The quote for one mention: its sentence, or when the sentence is longer than `maxChars` a window
 * of about `maxChars` around the name, cut at spaces and marked with "…" on each cut side. The
 * highlight offsets point at the name inside the returned text (shifted by what was cut and by the
 * leading ellipsis), so `text.slice(highlightStart, highlightEnd)` is the mention's surface.
 *
 * @example
 *   const text = "قال المتحدث إن القوات دخلت سرت اليوم.";
 *   buildExcerpt(text, { start: 0, end: text.length }, { start: 27, end: 30 })
 *   // → { text, highlightStart: 27, highlightEnd: 30, clippedStart: false, clippedEnd: false }
 */
export function buildExcerpt(
  text: string,
  sentence: Span,
  mention: Span,
  maxChars: number = MAX_EXCERPT_CHARS,
): Excerpt {
  // A sentence that does not contain the whole name (never expected) is widened so the quote
  // still shows it.
  const sStart = Math.min(sentence.start, mention.start);
  const sEnd = Math.max(sentence.end, mention.end);
  if (sEnd - sStart <= maxChars) {
    return {
      text: text.slice(sStart, sEnd),
      highlightStart: mention.start - sStart,
      highlightEnd: mention.end - sStart,
      clippedStart: false,
      clippedEnd: false,
    };
  }

  // Share the room left by the name between both sides; give one side's unused room to the other.
  const room = Math.max(0, maxChars - (mention.end - mention.start));
  let before = Math.floor(room / 2);
  let after = room - before;
  const availBefore = mention.start - sStart;
  const availAfter = sEnd - mention.end;
  if (availBefore < before) {
    after += before - availBefore;
    before = availBefore;
  } else if (availAfter < after) {
    before += after - availAfter;
    after = availAfter;
  }
  let from = mention.start - before;
  let to = mention.end + after;

  // Cut at word boundaries: move inwards to the next space, unless that would eat the name.
  if (from > sStart) {
    const space = text.indexOf(" ", from);
    if (space !== -1 && space < mention.start) from = space + 1;
  }
  if (to < sEnd) {
    const space = text.lastIndexOf(" ", to);
    if (space >= mention.end) to = space;
  }
  while (from < mention.start && /\s/.test(text[from]!)) from++;
  while (to > mention.end && /\s/.test(text[to - 1]!)) to--;

  const clippedStart = from > sStart;
  const clippedEnd = to < sEnd;
  const lead = clippedStart ? ELLIPSIS : "";
  return {
    text: lead + text.slice(from, to) + (clippedEnd ? ELLIPSIS : ""),
    highlightStart: lead.length + mention.start - from,
    highlightEnd: lead.length + mention.end - from,
    clippedStart,
    clippedEnd,
  };
}

import { topicSpans, type TopicSpan } from "@/lib/explore/topic-query";

/** A run of a quote's text, marked as the place's name, a word of the topic, or neither. */
export type QuoteSegment = { text: string; mark?: "place" | "topic" };

/**
 * A quote cut into runs for highlighting: the place's name at its offsets (from the index, never
 * searched again) and the words the topic query matches (topicSpans). Where a topic word and the
 * name overlap the name wins, so the name is always marked whole. Runs cover the text exactly once.
 *
 * @example quoteSegments("قصف بطائرات مسيرة على سرت", { start: 22, end: 25 }, "مسيرة")
 *   // → [{ text: "قصف بطائرات " }, { text: "مسيرة", mark: "topic" }, { text: " على " }, { text: "سرت", mark: "place" }]
 */
export function quoteSegments(text: string, place: TopicSpan, what?: string): QuoteSegment[] {
  const marks: (TopicSpan & { mark: "place" | "topic" })[] = [];
  const name = { start: clamp(place.start, text), end: clamp(place.end, text), mark: "place" as const };
  if (name.end > name.start) marks.push(name);
  for (const span of what ? topicSpans(text, what) : []) {
    // The part of a topic word left of the name, and the part right of it.
    const pieces = name.end > name.start ? [{ start: span.start, end: Math.min(span.end, name.start) }, { start: Math.max(span.start, name.end), end: span.end }] : [span];
    for (const p of pieces) if (p.end > p.start) marks.push({ ...p, mark: "topic" });
  }
  marks.sort((a, b) => a.start - b.start);
  const out: QuoteSegment[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ text: text.slice(at, m.start) });
    out.push({ text: text.slice(m.start, m.end), mark: m.mark });
    at = m.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

const clamp = (i: number, text: string) => Math.min(Math.max(0, i), text.length);

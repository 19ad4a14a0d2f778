import type { Mention } from "./types";

/** A run of an article's text: plain, or a mention to highlight. */
export type Segment = { kind: "text"; text: string } | { kind: "mention"; text: string; mention: Mention };

/**
 * Cuts an article into paragraphs (at line breaks; blank lines dropped) of text and mention runs,
 * at the mentions' own offsets, so a view can highlight every mention without searching the text.
 * Mentions that overlap an earlier one or fall outside the text are left as plain text.
 *
 * @example segmentArticle("في سرت\nهدوء", [{ start: 3, end: 6, … }])
 *   // → [[{kind:"text",text:"في "},{kind:"mention",text:"سرت",…}], [{kind:"text",text:"هدوء"}]]
 */
export function segmentArticle(text: string, mentions: readonly Mention[]): Segment[][] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const paragraphs: Segment[][] = [];
  let m = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const segments: Segment[] = [];
    let pos = lineStart;
    // Skip mentions that start before this line: one spanning a line break stays plain text.
    while (m < sorted.length && sorted[m]!.start < lineStart) m++;
    while (m < sorted.length && sorted[m]!.end <= lineEnd) {
      const mention = sorted[m++]!;
      if (mention.start < pos || mention.end <= mention.start) continue;
      if (mention.start > pos) segments.push({ kind: "text", text: text.slice(pos, mention.start) });
      segments.push({ kind: "mention", text: text.slice(mention.start, mention.end), mention });
      pos = mention.end;
    }
    if (pos < lineEnd) segments.push({ kind: "text", text: text.slice(pos, lineEnd).replace(/\r$/, "") });
    if (segments.some((s) => s.text.trim() !== "")) paragraphs.push(segments);
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

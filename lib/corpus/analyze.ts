import type { Gazetteer } from "../gazetteer/types";
import { labelMentions } from "../events";
import type { StoredMention } from "../store/types";
import { geoparse } from "../geoparse";
import { sentenceAt, splitSentences } from "./sentences";

/**
 * A mention as the store keeps it (lib/store StoredMention): the geoparser's span and place, the
 * sentence holding it, and what the sentence reports there (lib/events: role, combat kind, cue).
 */
export type AnalysedMention = StoredMention & { role: string };

/**
 * Everything the store keeps of a text besides the text: its sentences and its mentions in text
 * order, each with its sentence and event label. Mentions of a place the gazetteer does not know
 * are dropped.
 *
 * @example analyzeText("اشتباكات في ترهونة. هدوء في غريان", gazetteer).mentions.map((m) => m.placeId)
 *   // → ["tarhuna", "gharyan"]
 */
export function analyzeText(text: string, gazetteer: Gazetteer): { sentences: { start: number; end: number }[]; mentions: AnalysedMention[] } {
  const sentences = splitSentences(text);
  const found = geoparse(text, gazetteer)
    .filter((g) => gazetteer.byId.has(g.placeId))
    .sort((a, b) => a.start - b.start);
  const events = labelMentions(
    text,
    found.map((g) => ({ start: g.start, end: g.end, placeId: g.placeId, kind: gazetteer.byId.get(g.placeId)!.kind })),
  );
  const mentions = found.map((g, i) => {
    const s = sentenceAt(sentences, g.start) ?? { start: 0, end: text.length };
    const e = events[i]!;
    return {
      start: g.start,
      end: g.end,
      surface: g.surface,
      placeId: g.placeId,
      sentence: { start: s.start, end: s.end },
      role: e.role,
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.cue ? { cue: e.cue } : {}),
    };
  });
  return { sentences, mentions };
}

import type { Gazetteer } from "../gazetteer/types";
import { geoparse } from "../geoparse";
import { sentenceAt, splitSentences } from "./sentences";

/** A mention as the store keeps it: the geoparser's span and place, and the sentence holding it. */
export type AnalysedMention = {
  start: number;
  end: number;
  surface: string;
  placeId: string;
  sentence: { start: number; end: number };
};

/**
 * Everything the store keeps of a text besides the text: its sentences and its mentions in text
 * order, each with its sentence. Mentions of a place the gazetteer does not know are dropped.
 *
 * @example analyzeText("اشتباكات في ترهونة. هدوء في غريان", gazetteer).mentions.map((m) => m.placeId)
 *   // → ["tarhuna", "gharyan"]
 */
export function analyzeText(text: string, gazetteer: Gazetteer): { sentences: { start: number; end: number }[]; mentions: AnalysedMention[] } {
  const sentences = splitSentences(text);
  const mentions = geoparse(text, gazetteer)
    .filter((g) => gazetteer.byId.has(g.placeId))
    .sort((a, b) => a.start - b.start)
    .map((g) => {
      const s = sentenceAt(sentences, g.start) ?? { start: 0, end: text.length };
      return { start: g.start, end: g.end, surface: g.surface, placeId: g.placeId, sentence: { start: s.start, end: s.end } };
    });
  return { sentences, mentions };
}

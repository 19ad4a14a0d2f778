// The "what" of a view: a few words whose sentences the map keeps ("طائرة مسيرة", "نفط").
// Matching is Arabic-aware and runs the same way on both sides: the store indexes every
// sentence's terms (sentenceTerms) in its full-text index, and the browser highlights the
// words of a quote that matched (topicSpans). Pure: no I/O, runs in the browser too.
import { readings, tokenize } from "../arabic";

/** Longest query accepted, in characters (the URL's `q` limit). */
export const MAX_TOPIC_CHARS = 100;
/** At most this many words in a query: more would only slow the index down. */
export const MAX_TOPIC_WORDS = 8;

/** The article ال and the words it may begin (folded): peeled only when a stem of 2+ letters stays. */
function withoutArticle(stem: string): string | undefined {
  return stem.startsWith("ال") && stem.length >= 4 ? stem.slice(2) : undefined;
}

/**
 * Every term a word of an article is indexed under: its folded spelling, each reading with
 * proclitics peeled (و ف ب ل ك, لل), and each of those without the article. So «وبالمسيرة»
 * is found by مسيرة, المسيرة and بالمسيرة alike.
 *
 * @example wordTerms("وبالمسيره") // → ["وبالمسيره", "بالمسيره", "المسيره", "مسيره"]
 */
export function wordTerms(norm: string): string[] {
  const out = new Set<string>();
  for (const r of readings(norm)) {
    out.add(r.stem);
    const bare = withoutArticle(r.stem);
    if (bare) out.add(bare);
  }
  return [...out];
}

/**
 * The terms of a sentence for the full-text index, space-separated, in text order.
 *
 * @example sentenceTerms("بطائرات مسيّرة") // → "بطائرات طائرات مسيره"
 */
export function sentenceTerms(sentence: string): string {
  const terms: string[] = [];
  for (const token of tokenize(sentence)) terms.push(...wordTerms(token.norm));
  return terms.join(" ");
}

/**
 * A query as groups of alternatives: every group must match (several words mean all of them),
 * any term of a group may. A word matches as typed and without its article, so المسيرة finds
 * «مسيرة» and مسيرة finds «المسيرة» (the index side already peeled the article and proclitics).
 * Words of one letter are dropped; at most MAX_TOPIC_WORDS groups. Empty when nothing is left.
 *
 * @example topicGroups("المسيرة  نفط") // → [["المسيره", "مسيره"], ["نفط"]]
 */
export function topicGroups(q: string): string[][] {
  const groups: string[][] = [];
  const seen = new Set<string>();
  for (const token of tokenize(q.slice(0, MAX_TOPIC_CHARS))) {
    if (token.norm.length < 2 || seen.has(token.norm)) continue;
    seen.add(token.norm);
    const bare = withoutArticle(token.norm);
    groups.push(bare ? [token.norm, bare] : [token.norm]);
    if (groups.length === MAX_TOPIC_WORDS) break;
  }
  return groups;
}

/** A [start, end) range of string indices into the text it was found in. */
export type TopicSpan = { start: number; end: number };

/**
 * Where a query's words occur in a text (for highlighting a quote): each word of the text one of
 * whose index terms is a term of the query. Empty when the query has no usable word.
 *
 * @example topicSpans("قصف بطائرات مسيرة", "مسيرة") // → [{ start: 12, end: 17 }]
 */
export function topicSpans(text: string, q: string): TopicSpan[] {
  const wanted = new Set(topicGroups(q).flat());
  if (wanted.size === 0) return [];
  const out: TopicSpan[] = [];
  for (const token of tokenize(text)) {
    if (wordTerms(token.norm).some((t) => wanted.has(t))) out.push({ start: token.start, end: token.end });
  }
  return out;
}

/**
 * True when every word of the query occurs in the text (the rule the store's index applies),
 * for texts that are not in the store (a pasted article).
 *
 * @example matchesTopic("قصف بطائرات مسيرة على سرت", "طائرة مسيرة") // → false: طائرة is not طائرات
 */
export function matchesTopic(text: string, q: string): boolean {
  const groups = topicGroups(q);
  if (groups.length === 0) return true;
  const terms = new Set(sentenceTerms(text).split(" "));
  return groups.every((g) => g.some((t) => terms.has(t)));
}

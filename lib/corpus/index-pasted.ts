import { buildCorpusIndex, type IndexSources } from "./build-index";
import type { QuotedMention } from "./mentions-page";
import { PASTED_ARTICLE_ID } from "./pasted-id";
import { derivedTitle } from "./title";
import type { Article, ArticleMeta, DateRange, PlaceSummary } from "./types";

/** What a person pastes: the text, and optionally a title and the day it was published. */
export type PastedInput = { text: string; title?: string; published?: DateRange | null };

/** A pasted article indexed like a saved one: its places and each place's quotes. */
export type PastedIndex = {
  article: ArticleMeta;
  /** the text itself: a quote may be trimmed, so the topic filter reads each mention's whole sentence here */
  text: string;
  /** places with at least one mention, most mentioned first (countries included) */
  places: PlaceSummary[];
  /** each place's quotes, in text order, ready for a popup */
  mentionsByPlace: Map<string, QuotedMention[]>;
};

/** Title shown when neither the person nor the first line of the text gives one. */
export const UNTITLED = "Pasted article";
export { MAX_DERIVED_TITLE_CHARS } from "./title";

/**
 * Indexes one pasted article with the same code that indexes the corpus (buildCorpusIndex), so
 * its quotes and counts are exactly what the article would give once saved.
 *
 * @example indexPastedArticle({ text: "اشتباكات في ترهونة وغريان." }, sources)
 *   // → { article: { id: "pasted", … }, places: [gharyan, tarhuna], mentionsByPlace: Map { "tarhuna" → [quote] … } }
 */
export function indexPastedArticle(input: PastedInput, sources: IndexSources): PastedIndex {
  const title = input.title?.trim() || derivedTitle(input.text) || UNTITLED;
  const article: Article = {
    id: PASTED_ARTICLE_ID,
    file: "(pasted)",
    title,
    published: input.published ?? null,
    text: input.text,
  };
  const index = buildCorpusIndex([article], sources);
  const { text: _text, ...meta } = article;
  const quoted = { id: meta.id, title: meta.title, published: meta.published };
  const mentionsByPlace = new Map<string, QuotedMention[]>();
  for (const [placeId, list] of index.mentionsByPlace) {
    mentionsByPlace.set(placeId, list.map((m) => ({ ...m, article: quoted })));
  }
  return { article: meta, text: input.text, places: index.places, mentionsByPlace };
}

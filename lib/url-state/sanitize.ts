import type { MapViewState } from "./types";

export type KnownIds = {
  placeIds: ReadonlySet<string>;
  articleIds: ReadonlySet<string>;
  /**
   * Known mention ids. A Map from mention id to its place id also ties the two together: a mention
   * of another place than `place` is dropped, and a mention alone brings its place in.
   */
  mentionIds?: ReadonlySet<string> | ReadonlyMap<string, string>;
};

/**
 * Drops ids the corpus does not know (parseViewState only checks their shape), one by one: an
 * unknown place, unknown articles from the list, a mention of an unknown article or mention.
 *
 * @example sanitizeViewState({ place: "atlantis", zoom: 9 }, { placeIds: new Set(["sirte"]), articleIds: new Set() })
 *   // → { zoom: 9 }
 */
export function sanitizeViewState(state: MapViewState, known: KnownIds): MapViewState {
  const out: MapViewState = { ...state };
  if (out.place !== undefined && !known.placeIds.has(out.place)) delete out.place;
  if (out.articles) {
    const articles = out.articles.filter((id) => known.articleIds.has(id));
    if (articles.length > 0) out.articles = articles;
    else delete out.articles;
  }
  if (out.mention !== undefined) {
    const articleId = out.mention.slice(0, out.mention.lastIndexOf(":"));
    const mentions = known.mentionIds;
    const placeOfMention = mentions instanceof Map ? mentions.get(out.mention) : undefined;
    const ok =
      known.articleIds.has(articleId) &&
      (mentions === undefined || mentions.has(out.mention)) &&
      (placeOfMention === undefined || out.place === undefined || placeOfMention === out.place);
    if (!ok) delete out.mention;
    else if (placeOfMention !== undefined && out.place === undefined && known.placeIds.has(placeOfMention)) {
      out.place = placeOfMention;
    }
  }
  return out;
}

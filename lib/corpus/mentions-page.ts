import type { ArticleMeta, CorpusIndex, MentionWithExcerpt, PlaceSummary } from "./types";

/** A mention as a popup shows it: the quote and where it comes from. */
export type QuotedMention = MentionWithExcerpt & {
  article: Pick<ArticleMeta, "id" | "title" | "published">;
};

/** One page of a place's mentions, newest article first (GET /api/places/{id}/mentions). */
export type MentionsPage = {
  place: PlaceSummary;
  total: number;
  offset: number;
  limit: number;
  mentions: QuotedMention[];
};

/** Largest page the API hands out. */
export const MAX_MENTIONS_PAGE = 100;

export type MentionsPageOptions = {
  /** only mentions in these articles (the map's filters); `total` counts those only */
  articles?: ReadonlySet<string>;
  /** a mention id: the page returned is the one holding it (overrides `offset` when found) */
  at?: string;
};

/**
 * A page of a place's mentions with each quote's article title and dates, or undefined when the
 * place has no mentions in the index. `offset` and `limit` are clamped to sensible values.
 *
 * @example mentionsPage(index, "abu-qurain", 0, 5)
 *   // → { place, total: 7, offset: 0, limit: 5, mentions: [5 quotes from article 002 …] }
 * @example mentionsPage(index, "sirte", 0, 5, { articles: new Set(["003"]), at: "003:812" })
 *   // → the page of Sirte's quotes in article 003 that holds mention 003:812
 */
export function mentionsPage(
  index: CorpusIndex,
  placeId: string,
  offset = 0,
  limit = 5,
  opts: MentionsPageOptions = {},
): MentionsPage | undefined {
  const place = index.places.find((p) => p.id === placeId);
  if (!place) return undefined;
  const every = index.mentionsByPlace.get(placeId) ?? [];
  const only = opts.articles;
  const all = only ? every.filter((m) => only.has(m.articleId)) : every;
  const size = Math.min(MAX_MENTIONS_PAGE, Math.max(1, Math.floor(limit)));
  const atIndex = opts.at === undefined ? -1 : all.findIndex((m) => m.id === opts.at);
  const start = atIndex >= 0 ? Math.floor(atIndex / size) * size : offset;
  const from = Math.min(Math.max(0, Math.floor(start)), Math.max(0, all.length - 1));
  const articles = articleLookup(index);
  const mentions = all.slice(from, from + size).map((m) => {
    const a = articles.get(m.articleId);
    return {
      ...m,
      article: { id: m.articleId, title: a?.title ?? m.articleId, published: a?.published ?? null },
    };
  });
  return { place, total: all.length, offset: from, limit: size, mentions };
}

const lookups = new WeakMap<CorpusIndex, Map<string, ArticleMeta>>();
function articleLookup(index: CorpusIndex): Map<string, ArticleMeta> {
  let m = lookups.get(index);
  if (!m) {
    m = new Map(index.articles.map((a) => [a.id, a]));
    lookups.set(index, m);
  }
  return m;
}

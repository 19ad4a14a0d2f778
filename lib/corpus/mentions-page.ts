import type { ArticleMeta, CorpusIndex, MentionWithExcerpt, PlaceSummary } from "./types";

/** A mention as a popup shows it: the quote and where it comes from (and, once labelled, what happened there). */
export type QuotedMention = MentionWithExcerpt & {
  article: Pick<ArticleMeta, "id" | "title" | "published" | "source">;
  event?: { role: string; kind?: string; cue?: [number, number] };
};

/** One page of a place's mentions, newest article first (GET /api/places/{id}/mentions). */
export type MentionsPage = {
  place: Omit<PlaceSummary, "countsByArticle">;
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
 * place has no mentions in the index. `limit` is clamped to 1…100; an `offset` past the end gives
 * the last page, from its start.
 *
 * @example mentionsPage(index, "abu-qurain", 0, 5)
 *   // → { place, total: 6, offset: 0, limit: 5, mentions: [5 quotes from article 002 …] }
 * @example mentionsPage(index, "sirte", 0, 2, { articles: new Set(["003"]), at: "003:646" })
 *   // → { total: 5, offset: 4, mentions: [Sirte's quote 003:646], … }: the page holding it
 * @example mentionsPage(index, "abu-qurain", 99, 5) // → { total: 6, offset: 5, … }: the last page
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
  // An offset past the end shows the last page, from its start, not the last quote alone.
  const lastPage = all.length === 0 ? 0 : Math.floor((all.length - 1) / size) * size;
  const from = Math.min(Math.max(0, Math.floor(start)), lastPage);
  const mentions = all.slice(from, from + size).map((m) => {
    const a = index.articleById.get(m.articleId);
    return {
      ...m,
      article: { id: m.articleId, title: a?.title ?? m.articleId, published: a?.published ?? null },
    };
  });
  return { place, total: all.length, offset: from, limit: size, mentions };
}

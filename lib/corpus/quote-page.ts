import type { Gazetteer } from "../gazetteer/types";
import type { CorpusFilter, Store } from "../store/types";
import { buildExcerpt } from "./excerpt";
import type { MentionsPage, QuotedMention } from "./mentions-page";

/**
 * One page of a place's quotes from the store under a filter (GET /api/places/{id}/mentions, a
 * shared link's popup): each quote the sentence (trimmed around the name when long) with the
 * name's offsets, and its article. undefined when the place has no mention in the whole store;
 * a filter that keeps none gives an empty page.
 *
 * @example quotePage(store, gazetteer, "abu-qurain", {}, { limit: 5 })?.total // → 6
 */
export function quotePage(
  store: Store,
  gazetteer: Gazetteer,
  placeId: string,
  filter: CorpusFilter,
  page: { offset?: number; limit?: number; at?: string },
): MentionsPage | undefined {
  const p = gazetteer.byId.get(placeId);
  const count = store.placeCounts().get(placeId);
  if (!p || !count) return undefined;
  const got = store.quotes(placeId, filter, page);
  const mentions: QuotedMention[] = got.quotes.map((q) => ({
    id: q.id,
    articleId: q.articleId,
    start: q.start,
    end: q.end,
    surface: q.surface,
    placeId: q.placeId,
    sentence: q.sentence,
    excerpt: buildExcerpt(q.sentenceText, { start: 0, end: q.sentenceText.length }, { start: q.start - q.sentence.start, end: q.end - q.sentence.start }),
    article: { id: q.article.id, title: q.article.title, published: q.article.published, ...(q.article.source ? { source: q.article.source } : {}) },
    ...(q.role ? { event: { role: q.role, ...(q.kind ? { kind: q.kind } : {}), ...(q.cue ? { cue: q.cue } : {}) } } : {}),
  }));
  const place = { id: p.id, nameAr: p.nameAr, nameEn: p.nameEn, kind: p.kind, lat: p.lat, lon: p.lon, precisionKm: p.precisionKm, country: p.country, count };
  return { place, total: got.total, offset: got.offset, limit: got.limit, mentions };
}

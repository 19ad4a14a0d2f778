import type { ArticleMeta, MentionWithExcerpt, PlaceSummary } from "./types";

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

"use client";
import { useMemo } from "react";
import type { QuotedMention } from "@/lib/corpus/mentions-page";
import { pastedQuotes, planMergedPage } from "@/lib/corpus/merge-pasted";
import { usePastedArticleContext } from "../paste/pasted-context";
import { filterOfQuery } from "../view-state/view-filter";
import { pastedUnderEvents } from "../paste/pasted-events";
import { useViewContext } from "../view-state/view-context";
import { usePlaceMentions, type MentionsState } from "./use-place-mentions";

/**
 * One page of a place's quotes: the pasted (unsaved) article's first, from the index built in the
 * browser, then the saved ones from GET /api/places/{id}/mentions, fetched only when the page
 * holds some. `total` is the place's count with the pasted mentions in it. With nothing pasted
 * this is usePlaceMentions.
 *
 * @example useMergedMentions("tarhuna", 0, 5, 3) // → 2 pasted quotes + 1 saved quote
 */
export function useMergedMentions(placeId: string, offset: number, limit: number, total: number): MentionsState {
  const index = usePastedArticleContext()?.index;
  // The view's filters (articles, dates, outlets, topic, roles) apply to the pasted article as to any other.
  const { filterQuery } = useViewContext();
  const pasted = useMemo(() => {
    const filter = filterOfQuery(filterQuery);
    return pastedQuotes(pastedUnderEvents(index ?? null, filter), placeId, filter);
  }, [index, placeId, filterQuery]);
  const pastedPlace = index?.places.find((p) => p.id === placeId);
  const savedCount = Math.max(0, total - pasted.length);
  const plan = planMergedPage(offset, limit, pasted.length, savedCount);
  const { start, end } = plan.pasted;
  const needSaved = pasted.length === 0 || plan.saved !== null;
  const server = usePlaceMentions(placeId, plan.saved?.offset ?? offset, plan.saved?.limit ?? limit, needSaved);

  return useMemo((): MentionsState => {
    if (pasted.length === 0 || !pastedPlace) return server;
    const mine = pasted.slice(start, end);
    if (!needSaved) {
      return { status: "ready", page: { place: pastedPlace, total: pasted.length + savedCount, offset, limit, mentions: mine } };
    }
    if (server.status !== "ready") return server;
    return {
      status: "ready",
      page: { ...server.page, total: pasted.length + server.page.total, offset, limit, mentions: [...mine, ...server.page.mentions] },
    };
  }, [server, pasted, pastedPlace, start, end, needSaved, savedCount, offset, limit]);
}

"use client";
import { useEffect, useState } from "react";
import type { MentionsPage } from "@/lib/corpus/mentions-page";
import { useViewContext } from "../view-state/view-context";

export type MentionsState =
  | { status: "loading" }
  | { status: "ready"; page: MentionsPage }
  | { status: "error"; message: string };

// Pages already fetched in this tab: reopening a popup or paging back costs no request.
const cache = new Map<string, MentionsPage>();
const cacheKey = (placeId: string, offset: number, limit: number, filterQuery: string) => `${placeId}|${offset}|${limit}|${filterQuery}`;

/** The quotes a shared link opens on, computed with the page so its popup needs no request. */
export type SeededQuotes = { placeId: string; filterQuery: string; pages: MentionsPage[] };

/**
 * Puts the server's pages of the linked place into the tab's cache, so the popup a shared link
 * opens shows its quotes at once instead of growing under the reader when they arrive.
 */
export function seedPlaceMentions({ placeId, filterQuery, pages }: SeededQuotes): void {
  for (const page of pages) cache.set(cacheKey(placeId, page.offset, page.limit, filterQuery), page);
}

/**
 * Where a quote stands among a place's saved quotes, when a page already in the cache holds it
 * (a seeded shared link), or undefined.
 */
export function cachedQuoteIndex(placeId: string, filterQuery: string, mentionId: string): number | undefined {
  for (const [key, page] of cache) {
    if (!key.startsWith(`${placeId}|`) || !key.endsWith(`|${filterQuery}`)) continue;
    const i = page.mentions.findIndex((m) => m.id === mentionId);
    if (i >= 0) return page.offset + i;
  }
  return undefined;
}

/**
 * GET one page; `query` adds the map's filters ("a=002&from=…") and may ask for the page holding a
 * quote ("at=002:161").
 */
export async function fetchPage(
  placeId: string,
  offset: number,
  limit: number,
  signal: AbortSignal,
  query = "",
): Promise<MentionsPage> {
  const url = `/api/places/${encodeURIComponent(placeId)}/mentions?offset=${offset}&limit=${limit}${query ? `&${query}` : ""}`;
  const res = await fetch(url, { signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as MentionsPage;
}

/**
 * One page of a place's quotes from GET /api/places/{id}/mentions, fetched when a popup or list
 * needs it (the first page load carries only place summaries). With `enabled` false nothing is
 * fetched (a caller that can answer from elsewhere). Quotes follow the map's article and date
 * filters (from the view context), as the counts do.
 *
 * @example const state = usePlaceMentions("abu-qurain", 0, 5); // → { status: "ready", page }
 */
export function usePlaceMentions(placeId: string, offset: number, limit: number, enabled = true): MentionsState {
  const { filterQuery } = useViewContext();
  const key = cacheKey(placeId, offset, limit, filterQuery);
  const [state, setState] = useState<{ key: string; value: MentionsState }>(() => {
    const hit = cache.get(key);
    return { key, value: hit ? { status: "ready", page: hit } : { status: "loading" } };
  });

  useEffect(() => {
    if (!enabled) return;
    const hit = cache.get(key);
    if (hit) {
      setState({ key, value: { status: "ready", page: hit } });
      return;
    }
    setState({ key, value: { status: "loading" } });
    const controller = new AbortController();
    fetchPage(placeId, offset, limit, controller.signal, filterQuery).then(
      (page) => {
        cache.set(key, page);
        setState({ key, value: { status: "ready", page } });
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setState({ key, value: { status: "error", message: err instanceof Error ? err.message : String(err) } });
      },
    );
    return () => controller.abort();
  }, [key, placeId, offset, limit, enabled, filterQuery]);

  return state.key === key ? state.value : { status: "loading" };
}

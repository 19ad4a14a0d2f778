"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { CorpusView } from "@/lib/corpus/view";
import { viewApiUrl } from "./view-filter";

/** The map's data and the filter it answers, while a newer filter's data is on its way or failed. */
export type CorpusViewState = {
  /** the data shown: the newest that arrived (the previous filter's while the next one loads) */
  data: CorpusView;
  /** the filter query `data` answers (counts, quotes and lists must agree on it) */
  query: string;
  status: "ready" | "loading" | "error";
  /** why the last fetch failed (status "error") */
  message?: string;
  /** fetch the wanted filter again after an error */
  retry: () => void;
};

// Answers already fetched in this tab, by filter query: Back and Forward through filters, or
// clearing one, cost no request. Small: each answer holds every place of a filter.
const CACHE_SIZE = 24;
const cache = new Map<string, CorpusView>();
function remember(query: string, data: CorpusView): void {
  cache.delete(query);
  cache.set(query, data);
  while (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
}

/** GET /api/view under a filter query. */
export async function fetchCorpusView(query: string, signal: AbortSignal): Promise<CorpusView> {
  const res = await fetch(viewApiUrl(query), { signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as CorpusView;
}

/**
 * The map's data for the filter query `wanted`: the server's first answer (`initial`, for
 * `initialQuery`) at once, then GET /api/view whenever the filter changes. A request made stale by
 * a newer filter is aborted; until the new data arrives the previous data stays shown (status
 * "loading"), and a failure keeps it too (status "error", with `retry`).
 *
 * @example const { data, status } = useCorpusView(initialData, "", filterQuery(view));
 */
export function useCorpusView(initial: CorpusView, initialQuery: string, wanted: string): CorpusViewState {
  const [shown, setShown] = useState<{ data: CorpusView; query: string }>({ data: initial, query: initialQuery });
  const [failure, setFailure] = useState<{ query: string; message: string } | undefined>(undefined);
  const [attempt, setAttempt] = useState(0);
  // In the browser only: on the server the cache would outlive the request.
  const seeded = useRef(false);
  if (!seeded.current && typeof window !== "undefined") {
    seeded.current = true;
    remember(initialQuery, initial);
  }

  useEffect(() => {
    if (wanted === shown.query) return;
    const hit = cache.get(wanted);
    if (hit) {
      setShown({ data: hit, query: wanted });
      setFailure(undefined);
      return;
    }
    const controller = new AbortController();
    fetchCorpusView(wanted, controller.signal).then(
      (data) => {
        remember(wanted, data);
        setShown({ data, query: wanted });
        setFailure(undefined);
      },
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setFailure({ query: wanted, message: err instanceof Error ? err.message : String(err) });
      },
    );
    return () => controller.abort();
    // `shown.query` is read to skip a fetch for what is already shown, not to refetch when it changes.
  }, [wanted, attempt]);

  const retry = useCallback(() => {
    setFailure(undefined);
    setAttempt((n) => n + 1);
  }, []);

  const status = shown.query === wanted ? "ready" : failure?.query === wanted ? "error" : "loading";
  return { data: shown.data, query: shown.query, status, message: status === "error" ? failure?.message : undefined, retry };
}

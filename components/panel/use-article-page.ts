"use client";
import { useEffect, useState } from "react";
import type { ArticleListPage } from "@/lib/store/types";
import { articleListUrl, type ArticleListOptions } from "../view-state/view-filter";

/** Rows per page of the Articles tab (the server's first page, CorpusView.articles, has as many). */
export const ARTICLES_PER_PAGE = 50;

export type ArticlePageState = {
  /** the page shown: the newest that arrived (the previous one while the next loads) */
  page: ArticleListPage;
  status: "ready" | "loading" | "error";
  message?: string;
};

/**
 * Which page of how many a list offset is on, both counted from 1 (an empty list is page 1 of 1).
 *
 * @example pageOf(50, 50, 10_000) // → { page: 2, pages: 200 }
 */
export function pageOf(offset: number, limit: number, total: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / limit));
  return { page: Math.min(pages, Math.floor(offset / limit) + 1), pages };
}

/** GET /api/articles: one page of the article list. */
export async function fetchArticlePage(url: string, signal: AbortSignal): Promise<ArticleListPage> {
  const res = await fetch(url, { signal });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { error?: string } | null;
    throw new Error(body?.error ?? `HTTP ${res.status}`);
  }
  return (await res.json()) as ArticleListPage;
}

/**
 * One page of the Articles tab under the map's filter `query`. The first page, newest first with
 * no title search, is the one the map's data carries (`first`): no request. Any other page, order
 * or title search is fetched from GET /api/articles, a stale request aborted, the previous page
 * kept on screen while the next one loads.
 *
 * @example useArticlePage(filterQuery, data.articles, { offset: 50, limit: 50, sort: "newest", title: "" })
 */
export function useArticlePage(query: string, first: ArticleListPage, opts: ArticleListOptions): ArticlePageState {
  const fromView = opts.offset === 0 && opts.sort === "newest" && opts.title.trim() === "";
  const url = articleListUrl(query, opts);
  const [fetched, setFetched] = useState<{ url: string; page?: ArticleListPage; message?: string } | undefined>(undefined);

  useEffect(() => {
    if (fromView) return;
    const controller = new AbortController();
    fetchArticlePage(url, controller.signal).then(
      (page) => setFetched({ url, page }),
      (err: unknown) => {
        if (controller.signal.aborted) return;
        setFetched((f) => ({ url, page: f?.page, message: err instanceof Error ? err.message : String(err) }));
      },
    );
    return () => controller.abort();
  }, [url, fromView]);

  if (fromView) return { page: first, status: "ready" };
  const page = fetched?.page ?? first;
  if (fetched?.url !== url) return { page, status: "loading" };
  if (fetched.message !== undefined) return { page, status: "error", message: fetched.message };
  return { page, status: "ready" };
}

"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import type { PastedIndex, PastedInput } from "@/lib/corpus/index-pasted";
import type { PasteProblem } from "@/lib/ingest/paste-problem";
import type { SharedArticle } from "@/lib/ingest/share-text";
import type { PastedError } from "./paste-strings";

type Indexer = typeof import("./pasted-indexer");
let indexer: Promise<Indexer> | undefined;

/** The geoparser chunk, fetched once; a failed fetch may be retried. */
function loadIndexer(): Promise<Indexer> {
  indexer ??= import("./pasted-indexer").catch((err: unknown) => {
    indexer = undefined;
    throw err;
  });
  return indexer;
}

const FRAGMENT_KEY = "#article=";

/** How the pasted article can be shared: its URL fragment ("article=…"), or why not. */
export type ShareState = { ok: true; fragment: string } | { ok: false; problem: PasteProblem };

/**
 * The share link of the current view with the pasted article: read when shown or copied, since
 * the query string follows the map as the person explores.
 *
 * @example shareLink("article=N4Ig") // → "https://host/?p=tarhuna#article=N4Ig"
 */
export function shareLink(fragment: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}#${fragment}`;
}

export type PastedArticleApi = {
  /** the pasted article indexed, or null when there is none */
  index: PastedIndex | null;
  share: ShareState | null;
  /** "loading" while the geoparser is fetched or runs */
  busy: boolean;
  /** why the last add or shared link failed (the article shown before stays shown) */
  error: PastedError | null;
  /** what a shared link lost while its article still opened (a date that was not a real day) */
  notice: PasteProblem | null;
  /** Fetch the geoparser ahead of use (when the form opens). */
  preload: () => void;
  /** Geoparse and show an article; resolves false when it could not. */
  add: (input: PastedInput) => Promise<boolean>;
  remove: () => void;
};

/** What the share link carries of an article: its day of publication when it has one. */
function shared(input: PastedInput): SharedArticle {
  const { text, title, published } = input;
  // "Add an article" takes one day; a range (never pasted) has no single date to carry.
  const date = published && published.from === published.to ? published.from : undefined;
  return { text, ...(title ? { title } : {}), ...(date ? { date } : {}) };
}

const loaderFailed = (err: unknown): PastedError => ({
  code: "loader-failed",
  detail: err instanceof Error ? err.message : String(err),
});

function urlWithFragment(fragment: string | null): string {
  const { pathname, search } = window.location;
  return `${pathname}${search}${fragment ? `#${fragment}` : ""}`;
}

/**
 * The pasted article of this tab. Its text lives only here and in the URL fragment
 * (#article=<lz-string>), which browsers never send to the server; opening such a link
 * restores the article. Too long for a link: the article stays shown and `share` says why.
 *
 * @example const pasted = usePastedArticle(); await pasted.add({ text: "اشتباكات قرب ترهونة" });
 */
export function usePastedArticle(): PastedArticleApi {
  const [index, setIndex] = useState<PastedIndex | null>(null);
  const [share, setShare] = useState<ShareState | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<PastedError | null>(null);
  const [notice, setNotice] = useState<PasteProblem | null>(null);
  const run = useRef(0);

  const preload = useCallback(() => {
    loadIndexer().catch(() => undefined);
  }, []);

  const add = useCallback(async (input: PastedInput): Promise<boolean> => {
    const mine = ++run.current;
    setBusy(true);
    try {
      const mod = await loadIndexer();
      const next = mod.indexPasted(input);
      const encoded = mod.encodeArticleForUrl(shared(input));
      if (mine !== run.current) return false;
      setIndex(next);
      setError(null);
      setNotice(null);
      // Keep the address bar a working share link; a link too long to share drops the fragment.
      const fragment = encoded.ok ? encoded.fragment : null;
      window.history.replaceState(window.history.state, "", urlWithFragment(fragment));
      setShare(encoded.ok ? { ok: true, fragment: encoded.fragment } : { ok: false, problem: encoded.problem });
      return true;
    } catch (err) {
      if (mine === run.current) setError(loaderFailed(err));
      return false;
    } finally {
      if (mine === run.current) setBusy(false);
    }
  }, []);

  const remove = useCallback(() => {
    run.current++;
    setIndex(null);
    setShare(null);
    setError(null);
    setNotice(null);
    setBusy(false);
    if (window.location.hash.startsWith(FRAGMENT_KEY)) {
      window.history.replaceState(window.history.state, "", urlWithFragment(null));
    }
  }, []);

  // A shared link: restore its article on load and when the fragment changes in place.
  useEffect(() => {
    const restore = async () => {
      const hash = window.location.hash;
      if (!hash.startsWith(FRAGMENT_KEY)) return;
      try {
        const mod = await loadIndexer();
        const decoded = mod.decodeArticleFromUrl(hash);
        if (!decoded.ok) {
          setError({ code: "link-failed", problem: decoded.problem });
          return;
        }
        const { text, title, date } = decoded.article;
        const added = await add({
          text,
          ...(title !== undefined ? { title } : {}),
          published: date ? { from: date, to: date } : null,
        });
        if (added && decoded.notice) setNotice(decoded.notice);
      } catch (err) {
        setError(loaderFailed(err));
      }
    };
    void restore();
    window.addEventListener("hashchange", restore);
    return () => window.removeEventListener("hashchange", restore);
  }, [add]);

  return { index, share, busy, error, notice, preload, add, remove };
}

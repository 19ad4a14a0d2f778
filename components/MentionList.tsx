"use client";
import { useEffect, useState } from "react";
import { useMergedMentions } from "./use-merged-mentions";
import { fetchPage } from "./use-place-mentions";
import { useViewContext } from "./view-context";
import { t } from "./i18n";
import { MentionQuote } from "./MentionQuote";
import { pageRangeLabel } from "./format";

/** Quotes shown at once; more page inside the popup. */
export const QUOTES_PER_PAGE = 5;

/**
 * A place's quotes, newest article first, five at a time with a pager ("6–10 of 14").
 * `onChange` lets a Leaflet popup re-measure itself after new content arrives. When the view has a
 * quote of this place selected (a shared link), the list opens at the page holding it.
 */
export function MentionList({ placeId, total, onChange }: { placeId: string; total: number; onChange?: () => void }) {
  const { lang, mention, filterQuery } = useViewContext();
  const [offset, setOffset] = useState(0);
  const state = useMergedMentions(placeId, offset, QUOTES_PER_PAGE, total);

  // Only when the list opens: later the reader pages freely.
  useEffect(() => {
    if (!mention) return;
    const controller = new AbortController();
    fetchPage(placeId, 0, QUOTES_PER_PAGE, controller.signal, `${filterQuery ? `${filterQuery}&` : ""}at=${mention}`).then(
      (page) => {
        if (page.mentions.some((m) => m.id === mention)) setOffset(page.offset);
      },
      () => {},
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [placeId]);
  const pages = total > QUOTES_PER_PAGE;
  useEffect(() => onChange?.(), [state, onChange]);

  return (
    <div className="mention-list" data-status={state.status}>
      {state.status === "loading" && <p className="muted">{t(lang, "loadingQuotes")}</p>}
      {state.status === "error" && <p role="alert">{t(lang, "quotesError", { x: state.message })}</p>}
      {state.status === "ready" && (
        <ol className="quotes" start={state.page.offset + 1} key={`${placeId}-${state.page.offset}`}>
          {state.page.mentions.map((m) => (
            <MentionQuote key={m.id} mention={m} placeId={placeId} />
          ))}
        </ol>
      )}
      {pages && (
        <nav className="pager" aria-label="Quotes">
          <button
            type="button"
            onClick={() => setOffset((o) => Math.max(0, o - QUOTES_PER_PAGE))}
            disabled={offset === 0}
            aria-label={t(lang, "prevQuotes")}
          >
            ‹ Prev
          </button>
          <span className="pager-count" aria-live="polite">
            {pageRangeLabel(offset, QUOTES_PER_PAGE, total)}
          </span>
          <button
            type="button"
            onClick={() => setOffset((o) => (o + QUOTES_PER_PAGE < total ? o + QUOTES_PER_PAGE : o))}
            disabled={offset + QUOTES_PER_PAGE >= total}
            aria-label={t(lang, "nextQuotes")}
          >
            Next ›
          </button>
        </nav>
      )}
    </div>
  );
}

"use client";
import { useEffect, useState } from "react";
import { useMergedMentions } from "./use-merged-mentions";
import { MentionQuote } from "./MentionQuote";
import { pageRangeLabel } from "./format";

/** Quotes shown at once; more page inside the popup. */
export const QUOTES_PER_PAGE = 5;

/**
 * A place's quotes, newest article first, five at a time with a pager ("6–10 of 14").
 * `onChange` lets a Leaflet popup re-measure itself after new content arrives.
 */
export function MentionList({ placeId, total, onChange }: { placeId: string; total: number; onChange?: () => void }) {
  const [offset, setOffset] = useState(0);
  const state = useMergedMentions(placeId, offset, QUOTES_PER_PAGE, total);
  const pages = total > QUOTES_PER_PAGE;
  useEffect(() => onChange?.(), [state, onChange]);

  return (
    <div className="mention-list" data-status={state.status}>
      {state.status === "loading" && <p className="muted">Loading quotes…</p>}
      {state.status === "error" && <p role="alert">Could not load the quotes: {state.message}</p>}
      {state.status === "ready" && (
        <ol className="quotes" start={state.page.offset + 1} key={`${placeId}-${state.page.offset}`}>
          {state.page.mentions.map((m) => (
            <MentionQuote key={m.id} mention={m} />
          ))}
        </ol>
      )}
      {pages && (
        <nav className="pager" aria-label="Quotes">
          <button
            type="button"
            onClick={() => setOffset((o) => Math.max(0, o - QUOTES_PER_PAGE))}
            disabled={offset === 0}
            aria-label="Previous quotes"
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
            aria-label="Next quotes"
          >
            Next ›
          </button>
        </nav>
      )}
    </div>
  );
}

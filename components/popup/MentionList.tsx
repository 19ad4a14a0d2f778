"use client";
import { useEffect, useRef, useState } from "react";
import { useMergedMentions } from "./use-merged-mentions";
import { cachedQuoteIndex, fetchPage } from "./use-place-mentions";
import { usePastedArticleContext } from "../paste/pasted-context";
import { pastedQuotes } from "@/lib/corpus/merge-pasted";
import { filterOfQuery } from "../view-state/view-filter";
import { useViewContext } from "../view-state/view-context";
import { t } from "../i18n/i18n";
import { MentionQuote } from "./MentionQuote";
import { pageRangeLabel } from "../i18n/format";
import { QUOTES_PER_PAGE, quotePageOffset } from "./quote-page";

/**
 * A place's quotes, newest article first, five at a time with a pager ("6–10 of 14").
 * `onChange` lets a Leaflet popup re-measure itself after new content arrives. When the view has a
 * quote of this place selected (a shared link, Back), the list opens at the page holding it. A new
 * filter or count (another article, outlet or topic, a pasted article) starts the list again.
 */
export function MentionList({ placeId, total, onChange }: { placeId: string; total: number; onChange?: () => void }) {
  const { lang, mention, filterQuery } = useViewContext();
  const pasted = usePastedArticleContext()?.index;
  const pastedCount = pastedQuotes(pasted, placeId, filterOfQuery(filterQuery)).length;
  // Where the selected quote stands among the saved ones, under the filter it was looked up with.
  // A shared link's page came with the HTML (seeded): then it is known at once, with no request.
  const [shared, setShared] = useState<{ filterQuery: string; savedIndex: number } | undefined>(() => {
    const savedIndex = mention ? cachedQuoteIndex(placeId, filterQuery, mention) : undefined;
    return savedIndex === undefined ? undefined : { filterQuery, savedIndex };
  });
  // The reader's own paging holds only while the list it paged stays the same.
  const listKey = `${total}|${filterQuery}`;
  const [paged, setPaged] = useState<{ listKey: string; offset: number } | undefined>(undefined);
  if (paged && paged.listKey !== listKey) setPaged(undefined);
  const home = shared && shared.filterQuery === filterQuery ? quotePageOffset(shared.savedIndex, pastedCount, QUOTES_PER_PAGE) : 0;
  const offset = paged?.listKey === listKey ? paged.offset : home < total ? home : 0;
  const state = useMergedMentions(placeId, offset, QUOTES_PER_PAGE, total);
  const goTo = (next: number) => setPaged({ listKey, offset: next });

  // Looked up once, when the list opens at a selected quote: choosing another quote later, or
  // paging, must not move the list under the reader. The ref keeps the values of that moment.
  const opening = useRef({ mention, filterQuery });
  useEffect(() => {
    const { mention: at, filterQuery: query } = opening.current;
    if (!at || cachedQuoteIndex(placeId, query, at) !== undefined) return;
    const controller = new AbortController();
    fetchPage(placeId, 0, QUOTES_PER_PAGE, controller.signal, `${query ? `${query}&` : ""}at=${at}`).then(
      (page) => {
        const i = page.mentions.findIndex((m) => m.id === at);
        if (i >= 0) setShared({ filterQuery: query, savedIndex: page.offset + i });
      },
      () => {},
    );
    return () => controller.abort();
  }, [placeId]);
  const pages = total > QUOTES_PER_PAGE;
  useEffect(() => onChange?.(), [state, onChange]);

  // Arrows that do not mirror (← →), pointing the way the list moves: "previous" points to the
  // start of the line, which is the right in Arabic.
  const [back, forward] = lang === "ar" ? ["→", "←"] : ["←", "→"];
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
        <nav className="pager" aria-label={t(lang, "quotesLabel")}>
          <button
            type="button"
            onClick={() => goTo(Math.max(0, offset - QUOTES_PER_PAGE))}
            disabled={offset === 0}
            aria-label={t(lang, "prevQuotes")}
          >
            <span aria-hidden="true">{back}</span> {t(lang, "pagerPrev")}
          </button>
          <span className="pager-count" aria-live="polite">
            {pageRangeLabel(offset, QUOTES_PER_PAGE, total, lang)}
          </span>
          <button
            type="button"
            onClick={() => goTo(offset + QUOTES_PER_PAGE < total ? offset + QUOTES_PER_PAGE : offset)}
            disabled={offset + QUOTES_PER_PAGE >= total}
            aria-label={t(lang, "nextQuotes")}
          >
            {t(lang, "pagerNext")} <span aria-hidden="true">{forward}</span>
          </button>
        </nav>
      )}
    </div>
  );
}

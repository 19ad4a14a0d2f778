"use client";
import { useEffect, useId, useRef, useState } from "react";
import { PASTED_ARTICLE_ID } from "@/lib/corpus/pasted-id";
import type { CorpusError } from "@/lib/corpus/types";
import { matchesTopic } from "@/lib/explore/topic-query";
import type { ArticleListPage, StoredArticleMeta } from "@/lib/store/types";
import { MAX_QUERY_LENGTH, type Lang } from "@/lib/url-state";
import { articleHref } from "../popup/article-link";
import { dateDir, formatDateRange } from "../i18n/format";
import { t } from "../i18n/i18n";
import { UnsavedBadge } from "../paste/UnsavedBadge";
import { ARTICLES_PER_PAGE, pageOf, useArticlePage } from "./use-article-page";

/** How long typing in the title search must rest before the list is asked for. */
const TITLE_DEBOUNCE_MS = 300;

export type ArticleListProps = {
  /** the filter query of the map's data (its outlets, dates and topic narrow the list) */
  query: string;
  /** the first page under that filter, newest first, as the map's data carries it */
  first: ArticleListPage;
  /** the pasted article's row, when the filter lists it (shown above the first page) */
  pasted?: StoredArticleMeta;
  problems: CorpusError[];
  lang: Lang;
  /** the articles the map is narrowed to (checked) */
  chosen: readonly string[];
  onToggle?: (articleId: string, on: boolean) => void;
  onClear?: () => void;
};

/**
 * The Articles tab: the stored articles under the map's outlets, dates and topic, a page of 50 at
 * a time from the server (the store may hold 100,000: never more than one page of rows in the
 * page), newest or oldest first, searchable by title words. Each row's box narrows the map to the
 * checked articles.
 */
export function ArticleList({ query, first, pasted, problems, lang, chosen, onToggle, onClear }: ArticleListProps) {
  const baseId = useId();
  const [sort, setSort] = useState<"newest" | "oldest">("newest");
  const [titleText, setTitleText] = useState("");
  const [title, setTitle] = useState("");
  // The reader's page holds while the list it pages stays the same (filter, order, title).
  const listKey = `${query}|${sort}|${title}`;
  const [paged, setPaged] = useState<{ listKey: string; offset: number } | undefined>(undefined);
  // Dropped as soon as the list changes, so coming back to the same list starts at its top too.
  if (paged && paged.listKey !== listKey) setPaged(undefined);
  const offset = paged?.listKey === listKey ? paged.offset : 0;
  const state = useArticlePage(query, first, { offset, limit: ARTICLES_PER_PAGE, sort, title });
  const { page } = state;
  // The page asked for (not the one still shown while it loads), so quick clicks add up.
  const { page: at, pages } = pageOf(offset, ARTICLES_PER_PAGE, page.total);
  const goTo = (p: number) => setPaged({ listKey, offset: (Math.min(Math.max(1, p), pages) - 1) * ARTICLES_PER_PAGE });

  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const list = useRef<HTMLUListElement>(null);
  // A new page starts at its top, wherever the last one was scrolled to: the tab's own scroll on
  // a wide screen, the whole drawer's on a phone (views.css), where the tabs come back into view.
  const shownPage = useRef(page);
  useEffect(() => {
    if (shownPage.current === page) return;
    shownPage.current = page;
    const panel = list.current?.closest(".tab-panel");
    if (panel && panel.scrollHeight > panel.clientHeight) panel.scrollTo?.({ top: 0 });
    const drawer = list.current?.closest(".side-panel");
    const tabs = drawer?.querySelector(".tabs");
    if (drawer && tabs && drawer.scrollHeight > drawer.clientHeight && drawer.scrollTop > (tabs as HTMLElement).offsetTop) {
      drawer.scrollTo?.({ top: (tabs as HTMLElement).offsetTop });
    }
  }, [page]);

  // The pasted article is not in the store: it heads the first page when its title matches too.
  const showPasted = pasted && page.offset === 0 && (!title || matchesTopic(pasted.title, title));
  const rows = showPasted ? [pasted, ...page.articles] : page.articles;
  const total = page.total + (showPasted ? 1 : 0);
  const [back, forward] = lang === "ar" ? ["→", "←"] : ["←", "→"];

  return (
    <>
      {problems.length > 0 && <CorpusProblems problems={problems} lang={lang} />}
      {onToggle && (
        <p className="filter-note muted">
          {chosen.length > 0 ? t(lang, "showingArticles", { n: chosen.length, x: total }) : t(lang, "onlyArticles")}
          {chosen.length > 0 && onClear && (
            <button type="button" onClick={onClear}>
              {t(lang, "allArticles")}
            </button>
          )}
        </p>
      )}
      <div className="article-controls">
        <label className="article-search">
          <span className="visually-hidden">{t(lang, "titleSearchLabel")}</span>
          <input
            type="search"
            dir="auto"
            autoComplete="off"
            maxLength={MAX_QUERY_LENGTH}
            placeholder={t(lang, "titleSearchPlaceholder")}
            value={titleText}
            onChange={(e) => {
              const value = e.target.value;
              setTitleText(value);
              window.clearTimeout(timer.current);
              // Emptied (the field's clear button, or the last letter deleted): the whole list at once.
              if (value.trim() === "") setTitle("");
              else timer.current = window.setTimeout(() => setTitle(value.trim()), TITLE_DEBOUNCE_MS);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                window.clearTimeout(timer.current);
                setTitle(titleText.trim());
              }
            }}
          />
        </label>
        <label className="article-sort">
          <span>{t(lang, "sortLabel")}</span>{" "}
          <select value={sort} onChange={(e) => setSort(e.target.value === "oldest" ? "oldest" : "newest")}>
            <option value="newest">{t(lang, "sortNewest")}</option>
            <option value="oldest">{t(lang, "sortOldest")}</option>
          </select>
        </label>
      </div>
      <p className="article-status" role="status" data-status={state.status}>
        {state.status === "loading"
          ? t(lang, "articlesLoading")
          : state.status === "error"
            ? t(lang, "articlesError", { x: state.message ?? "" })
            : t(lang, "articlesFound", { n: total })}
      </p>
      {rows.length === 0 && state.status === "ready" && <p className="muted panel-note">{t(lang, "noArticles")}</p>}
      <ul className="article-list" ref={list} aria-busy={state.status === "loading"} data-offset={page.offset}>
        {rows.map((a, i) => (
          <ArticleRow
            key={a.id}
            article={a}
            lang={lang}
            ids={{ pick: `${baseId}-pick-${i}`, title: `${baseId}-title-${i}` }}
            chosen={chosen.includes(a.id)}
            onToggle={onToggle}
          />
        ))}
      </ul>
      {pages > 1 && (
        <nav className="pager article-pager" aria-label={t(lang, "articlePages")}>
          <button type="button" onClick={() => goTo(1)} disabled={at === 1} aria-label={t(lang, "firstPage")}>
            <span aria-hidden="true">{back}{back}</span>
          </button>
          <button type="button" onClick={() => goTo(at - 1)} disabled={at === 1} aria-label={t(lang, "prevPage")}>
            <span aria-hidden="true">{back}</span> {t(lang, "pagerPrev")}
          </button>
          <span className="pager-count" aria-live="polite">
            {t(lang, "pageOf", { x: at, n: pages })}
          </span>
          <button type="button" onClick={() => goTo(at + 1)} disabled={at === pages} aria-label={t(lang, "nextPage")}>
            {t(lang, "pagerNext")} <span aria-hidden="true">{forward}</span>
          </button>
          <button type="button" onClick={() => goTo(pages)} disabled={at === pages} aria-label={t(lang, "lastPage")}>
            <span aria-hidden="true">{forward}{forward}</span>
          </button>
        </nav>
      )}
    </>
  );
}

function ArticleRow({
  article: a,
  lang,
  ids,
  chosen,
  onToggle,
}: {
  article: StoredArticleMeta;
  lang: Lang;
  ids: { pick: string; title: string };
  chosen: boolean;
  onToggle?: (articleId: string, on: boolean) => void;
}) {
  return (
    <li data-article-id={a.id}>
      {onToggle && (
        <label className="article-pick">
          {/* Named "Show on the map" and the article's title: every row has the same visible words. */}
          <input
            type="checkbox"
            checked={chosen}
            onChange={(e) => onToggle(a.id, e.target.checked)}
            aria-labelledby={`${ids.pick} ${ids.title}`}
          />
          <span id={ids.pick}>{t(lang, "showArticle")}</span>
        </label>
      )}
      {a.id === PASTED_ARTICLE_ID ? (
        <span className="article-title" id={ids.title}>
          <UnsavedBadge />{" "}
          <span lang="ar" dir="rtl">
            {a.title}
          </span>
        </span>
      ) : (
        <a href={articleHref(a.id, lang)} lang="ar" dir="rtl" className="article-title" id={ids.title}>
          {a.title}
        </a>
      )}
      <span className="article-meta">
        {a.source && (
          <>
            <bdi className="article-outlet" dir="auto">
              {a.source}
            </bdi>
            {" · "}
          </>
        )}
        <bdi className="article-date" dir={dateDir(lang)}>
          {formatDateRange(a.published, lang)}
        </bdi>
        {" · "}
        <span className="article-mentions">{t(lang, "placeMentions", { n: a.mentionCount })}</span>
      </span>
    </li>
  );
}

/**
 * Files in seeds/ that were left out, each by name with why (the reasons come from lib/corpus in
 * English), so whoever added an article sees at once that it did not load and what to fix.
 */
function CorpusProblems({ problems, lang }: { problems: CorpusError[]; lang: Lang }) {
  return (
    <div className="corpus-problems" role="note">
      <p>{t(lang, "corpusProblems", { n: problems.length })}</p>
      <ul>
        {problems.map((p) => (
          <li key={`${p.file}|${p.message}`} data-file={p.file}>
            <bdi dir="ltr" className="corpus-problem-file">
              {p.file}
            </bdi>
            {": "}
            <span lang="en" dir="ltr">
              {p.message}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

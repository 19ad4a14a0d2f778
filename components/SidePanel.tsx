"use client";
import { useId, useState } from "react";
import type { ArticleMeta, PlaceSummary } from "@/lib/corpus/types";
import type { Panel } from "@/lib/url-state";
import { formatDateRange } from "./format";
import { PASTED_ARTICLE_ID, unsavedCount } from "@/lib/corpus/pasted-id";
import { DataTools } from "./DataTools";
import { MentionList } from "./MentionList";

type Tab = Exclude<Panel, "closed">;
const TABS: { id: Tab; label: string }[] = [
  { id: "places", label: "Places" },
  { id: "articles", label: "Articles" },
  { id: "countries", label: "Countries" },
];

export type SidePanelProps = {
  panel: Panel;
  /** the tab shown when the panel is reopened */
  lastTab: Tab;
  places: PlaceSummary[];
  countries: PlaceSummary[];
  articles: ArticleMeta[];
  /** mentions per article id */
  articleCounts: Record<string, number>;
  selectedPlace?: string;
  onPanel: (panel: Panel) => void;
  onChoosePlace: (placeId: string) => void;
};

/**
 * The side panel (a drawer on phones): places by mentions, the articles, and country-level
 * mentions that are listed rather than drawn. Collapsible; the map stays full-window under it.
 */
export function SidePanel(props: SidePanelProps) {
  const { panel, lastTab, places, countries, articles, articleCounts, selectedPlace, onPanel, onChoosePlace } = props;
  const open = panel !== "closed";
  const tab: Tab = panel === "closed" ? lastTab : panel;
  const baseId = useId();

  return (
    <aside className={`side-panel ${open ? "is-open" : "is-closed"}`} aria-label="Places and articles">
      <div className="panel-head">
        <h1 className="app-title">
          Khabar Map <span lang="ar" dir="rtl">خريطة الخبر</span>
        </h1>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={open}
          aria-controls={`${baseId}-body`}
          onClick={() => onPanel(open ? "closed" : lastTab)}
        >
          {open ? "Hide list" : "Show list"}
        </button>
      </div>
      <div id={`${baseId}-body`} className="panel-body" hidden={!open}>
        <div role="tablist" aria-label="Lists" className="tabs">
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`${baseId}-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls={`${baseId}-panel-${t.id}`}
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => onPanel(t.id)}
              onKeyDown={(e) => {
                const i = TABS.findIndex((x) => x.id === tab);
                const step = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
                if (!step) return;
                const next = TABS[(i + step + TABS.length) % TABS.length]!;
                onPanel(next.id);
                document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
              }}
            >
              {t.label}
              <span className="tab-count">
                {t.id === "places" ? places.length : t.id === "articles" ? articles.length : countries.length}
              </span>
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${baseId}-panel-${tab}`} aria-labelledby={`${baseId}-tab-${tab}`} className="tab-panel">
          {tab === "places" && <PlaceList places={places} selected={selectedPlace} onChoose={onChoosePlace} />}
          {tab === "articles" && <ArticleList articles={articles} counts={articleCounts} />}
          {tab === "countries" && <CountryList countries={countries} />}
        </div>
        <DataTools />
      </div>
    </aside>
  );
}

function PlaceList({ places, selected, onChoose }: { places: PlaceSummary[]; selected?: string; onChoose: (id: string) => void }) {
  if (places.length === 0) return <p className="muted">No places are mentioned.</p>;
  return (
    <ul className="place-list">
      {places.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className="place-row"
            aria-current={selected === p.id ? "true" : undefined}
            data-place-id={p.id}
            onClick={() => onChoose(p.id)}
          >
            <span className="name-en">{p.nameEn}</span>
            <span className="name-ar" lang="ar" dir="rtl">
              {p.nameAr}
            </span>
            {unsavedCount(p) > 0 && <span className="unsaved-badge">unsaved</span>}
            <span className="count" aria-label={`${p.count} ${p.count === 1 ? "mention" : "mentions"}`}>
              {p.count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function ArticleList({ articles, counts }: { articles: ArticleMeta[]; counts: Record<string, number> }) {
  return (
    <ul className="article-list">
      {articles.map((a) => (
        <li key={a.id} data-article-id={a.id}>
          {a.id === PASTED_ARTICLE_ID ? (
            <span className="article-title">
              <span className="unsaved-badge">unsaved</span>{" "}
              <span lang="ar" dir="rtl">
                {a.title}
              </span>
            </span>
          ) : (
            <a href={`/articles/${encodeURIComponent(a.id)}`} lang="ar" dir="rtl" className="article-title">
              {a.title}
            </a>
          )}
          <span className="article-meta">
            {formatDateRange(a.published)} · {counts[a.id] ?? 0} place mentions
          </span>
        </li>
      ))}
    </ul>
  );
}

function CountryList({ countries }: { countries: PlaceSummary[] }) {
  if (countries.length === 0) return <p className="muted">No countries are mentioned.</p>;
  return (
    <>
      <p className="muted panel-note">Countries are named but not drawn as points. Open one for its quotes.</p>
      <ul className="country-list">
        {countries.map((c) => (
          <CountryRow key={c.id} country={c} />
        ))}
      </ul>
    </>
  );
}

/** A country with its count; its quotes are fetched only once it is opened. */
function CountryRow({ country: c }: { country: PlaceSummary }) {
  const [open, setOpen] = useState(false);
  return (
    <li data-place-id={c.id}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <span className="name-en">{c.nameEn}</span>
          <span className="name-ar" lang="ar" dir="rtl">
            {c.nameAr}
          </span>
          <span className="count" aria-label={`${c.count} ${c.count === 1 ? "mention" : "mentions"}`}>
            {c.count}
          </span>
        </summary>
        {open && <MentionList placeId={c.id} total={c.count} />}
      </details>
    </li>
  );
}

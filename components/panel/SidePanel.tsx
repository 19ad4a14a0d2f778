"use client";
import { useId, useState, type ReactNode } from "react";
import type { ShownPlace } from "@/lib/corpus/merge-pasted";
import type { CorpusError } from "@/lib/corpus/types";
import type { ArticleListPage, SourceCount, StoredArticleMeta } from "@/lib/store/types";
import type { Lang, Panel } from "@/lib/url-state";
import { mentionCount, t, type StringKey } from "../i18n/i18n";
import { UnsavedBadge } from "../paste/UnsavedBadge";
import { DataTools } from "./DataTools";
import { ArticleList } from "./ArticleList";
import { MentionList } from "../popup/MentionList";
import { SourceList } from "./SourceList";

type Tab = Exclude<Panel, "closed">;
const TABS: { id: Tab; label: StringKey }[] = [
  { id: "places", label: "tabPlaces" },
  { id: "articles", label: "tabArticles" },
  { id: "sources", label: "tabSources" },
  { id: "countries", label: "tabCountries" },
];

export type SidePanelProps = {
  panel: Panel;
  /** the tab shown when the panel is reopened */
  lastTab: Tab;
  places: ShownPlace[];
  countries: ShownPlace[];
  /** the articles tab's data: the first page under `query` (the map data's filter) and the pasted row */
  articles: { query: string; first: ArticleListPage; pasted?: StoredArticleMeta };
  /** files in seeds/ that could not be read (shown in the Articles tab) */
  problems?: CorpusError[];
  /** outlets under every filter but the outlets */
  sources: readonly SourceCount[];
  chosenSources?: readonly string[];
  onToggleSource?: (name: string, on: boolean) => void;
  onClearSources?: () => void;
  selectedPlace?: string;
  onPanel: (panel: Panel) => void;
  onChoosePlace: (placeId: string) => void;
  lang?: Lang;
  /** search, share and language controls, shown even when the lists are folded away */
  tools?: ReactNode;
  /** the articles the map is narrowed to (checked in the Articles tab) */
  chosenArticles?: readonly string[];
  onToggleArticle?: (articleId: string, on: boolean) => void;
  onClearArticles?: () => void;
};

/**
 * The side panel (a drawer on phones): places by mentions, the articles, the outlets, and
 * country-level mentions that are listed rather than drawn. Collapsible; the map stays
 * full-window under it.
 */
export function SidePanel(props: SidePanelProps) {
  const { panel, lastTab, places, countries, articles, sources, selectedPlace, onPanel, onChoosePlace } = props;
  const { lang = "en", tools, chosenArticles = [], onToggleArticle, onClearArticles, problems = [] } = props;
  const { chosenSources = [], onToggleSource, onClearSources } = props;
  const articleTotal = articles.first.total + (articles.pasted ? 1 : 0);
  const counts: Record<Tab, number> = { places: places.length, articles: articleTotal, sources: sources.length, countries: countries.length };
  const open = panel !== "closed";
  const tab: Tab = panel === "closed" ? lastTab : panel;
  const baseId = useId();

  return (
    <aside className={`side-panel ${open ? "is-open" : "is-closed"}`} aria-label={t(lang, "listsLabel")}>
      <div className="panel-head">
        <h1 className="app-title">
          {lang === "ar" ? (
            <>
              {t("ar", "appTitle")}{" "}
              <span lang="en" dir="ltr">
                {t("en", "appTitle")}
              </span>
            </>
          ) : (
            <>
              {t("en", "appTitle")}{" "}
              <span lang="ar" dir="rtl">
                {t("ar", "appTitle")}
              </span>
            </>
          )}
        </h1>
        <button
          type="button"
          className="panel-toggle"
          aria-expanded={open}
          aria-controls={`${baseId}-body`}
          onClick={() => onPanel(open ? "closed" : lastTab)}
        >
          {open ? t(lang, "hideList") : t(lang, "showList")}
        </button>
      </div>
      {tools}
      <div id={`${baseId}-body`} className="panel-body" hidden={!open}>
        <div role="tablist" aria-label={t(lang, "tabsLabel")} className="tabs">
          {TABS.map((tb) => (
            <button
              key={tb.id}
              type="button"
              role="tab"
              id={`${baseId}-tab-${tb.id}`}
              aria-selected={tab === tb.id}
              // Only the chosen tab's panel is rendered, so only that tab may point at it.
              aria-controls={tab === tb.id ? `${baseId}-panel-${tb.id}` : undefined}
              tabIndex={tab === tb.id ? 0 : -1}
              onClick={() => onPanel(tb.id)}
              onKeyDown={(e) => {
                const i = TABS.findIndex((x) => x.id === tab);
                const forward = lang === "ar" ? "ArrowLeft" : "ArrowRight";
                const back = lang === "ar" ? "ArrowRight" : "ArrowLeft";
                const step = e.key === forward ? 1 : e.key === back ? -1 : 0;
                if (!step) return;
                const next = TABS[(i + step + TABS.length) % TABS.length]!;
                onPanel(next.id);
                document.getElementById(`${baseId}-tab-${next.id}`)?.focus();
              }}
            >
              {t(lang, tb.label)}
              <span className="tab-count">{counts[tb.id]}</span>
            </button>
          ))}
        </div>
        <div role="tabpanel" id={`${baseId}-panel-${tab}`} aria-labelledby={`${baseId}-tab-${tab}`} className="tab-panel">
          {tab === "places" && <PlaceList places={places} selected={selectedPlace} onChoose={onChoosePlace} lang={lang} />}
          {tab === "articles" && (
            <ArticleList
              query={articles.query}
              first={articles.first}
              pasted={articles.pasted}
              problems={problems}
              lang={lang}
              chosen={chosenArticles}
              onToggle={onToggleArticle}
              onClear={onClearArticles}
            />
          )}
          {tab === "sources" && onToggleSource && onClearSources && (
            <SourceList sources={sources} chosen={chosenSources} lang={lang} onToggle={onToggleSource} onClear={onClearSources} />
          )}
          {tab === "countries" && <CountryList countries={countries} lang={lang} />}
        </div>
        <DataTools />
      </div>
    </aside>
  );
}

function PlaceList({
  places,
  selected,
  onChoose,
  lang,
}: {
  places: ShownPlace[];
  selected?: string;
  onChoose: (id: string) => void;
  lang: Lang;
}) {
  if (places.length === 0) return <p className="muted">{t(lang, "noPlaces")}</p>;
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
            <Names place={p} lang={lang} />
            {(p.unsaved ?? 0) > 0 && <UnsavedBadge />}
            <span className="count" aria-label={mentionCount(lang, p.count)}>
              {p.count}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** A place's two names, the interface language's first (class name-first), each in its direction. */
function Names({ place, lang }: { place: Pick<ShownPlace, "nameAr" | "nameEn">; lang: Lang }) {
  const ar = (first: boolean) => (
    <span className={`name-ar${first ? " name-first" : ""}`} lang="ar" dir="rtl">
      {place.nameAr}
    </span>
  );
  const en = (first: boolean) => (
    <span className={`name-en${first ? " name-first" : ""}`} lang="en" dir="ltr">
      {place.nameEn}
    </span>
  );
  return lang === "ar" ? (
    <>
      {ar(true)}
      {en(false)}
    </>
  ) : (
    <>
      {en(true)}
      {ar(false)}
    </>
  );
}

function CountryList({ countries, lang }: { countries: ShownPlace[]; lang: Lang }) {
  if (countries.length === 0) return <p className="muted">{t(lang, "noCountries")}</p>;
  return (
    <>
      <p className="muted panel-note">{t(lang, "countriesNote")}</p>
      <ul className="country-list">
        {countries.map((c) => (
          <CountryRow key={c.id} country={c} lang={lang} />
        ))}
      </ul>
    </>
  );
}

/** A country with its count; its quotes are fetched only once it is opened. */
function CountryRow({ country: c, lang }: { country: ShownPlace; lang: Lang }) {
  const [open, setOpen] = useState(false);
  return (
    <li data-place-id={c.id}>
      <details onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          <Names place={c} lang={lang} />
          <span className="count" aria-label={mentionCount(lang, c.count)}>
            {c.count}
          </span>
        </summary>
        {open && <MentionList placeId={c.id} total={c.count} />}
      </details>
    </li>
  );
}

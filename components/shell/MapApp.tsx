"use client";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { mergePastedWithEvents } from "../paste/pasted-events";
import { RoleFilter } from "../panel/RoleFilter";
import type { CorpusError } from "@/lib/corpus/types";
import type { CorpusView } from "@/lib/corpus/view";
import type { PlaceKind } from "@/lib/gazetteer/place";
import type { Place } from "@/lib/gazetteer/place";
import type { Basemap } from "@/lib/geo/basemap-from-topology";
import { viewHref, type Panel } from "@/lib/url-state";
import type { TileConfig } from "../map/BasemapLayers";
import { CopyLinkButton } from "./CopyLinkButton";
import { EmptyState } from "./EmptyState";
import { LanguageSwitch } from "../i18n/LanguageSwitch";
import { Legend } from "../map/Legend";
import { MapLoader } from "../map/MapLoader";
import { kindGroup } from "../map/marker-style";
import { usePastedArticleContext } from "../paste/pasted-context";
import { SearchBox } from "../panel/SearchBox";
import { SidePanel } from "../panel/SidePanel";
import { Timeline } from "../timeline/Timeline";
import { TopicBox } from "../panel/TopicBox";
import { ViewStatus } from "./ViewStatus";
import { t } from "../i18n/i18n";
import { useCorpusView } from "../view-state/use-corpus-view";
import { mapPosition, useUrlView, type UrlView } from "../view-state/use-url-view";
import { seedPlaceMentions, type SeededQuotes } from "../popup/use-place-mentions";
import { ViewContext, type ViewContextValue } from "../view-state/view-context";
import { filterOfQuery, filterQuery } from "../view-state/view-filter";
import "./views.css";

export type MapAppProps = {
  /** the map's data under the initial view's filter, computed by the server (lib/corpus/view) */
  initialData: CorpusView;
  /** every place with any mention in the store (countries too): what a URL may name */
  knownPlaceIds: string[];
  /** files in seeds/ that could not be read, each with why: listed, so nothing is lost in silence */
  problems?: CorpusError[];
  basemap: Basemap;
  tiles?: TileConfig;
  /** the view the URL asked for, already checked on the server */
  initialView: UrlView;
  /** the quotes of the place the URL opens on, so its popup shows them at once */
  initialQuotes?: SeededQuotes;
};

/**
 * The map page: a full-window map with the side panel over it, the timeline under the map. Holds
 * the view (useUrlView: every part of it is in the URL); the data each part shows comes from the
 * server under the view's filter (useCorpusView), with the pasted article counted in here.
 */
export function MapApp({ initialData, knownPlaceIds, problems, basemap, tiles, initialView, initialQuotes }: MapAppProps) {
  // Before the first popup renders, once, and in the browser only (on the server the cache
  // would outlive the request).
  const seeded = useRef(false);
  if (!seeded.current && typeof window !== "undefined" && initialQuotes) {
    seedPlaceMentions(initialQuotes);
    seeded.current = true;
  }
  const pasted = usePastedArticleContext()?.index ?? null;
  const known = useMemo(
    () => ({ placeIds: new Set([...knownPlaceIds, ...(pasted?.places.map((p) => p.id) ?? [])]) }),
    [knownPlaceIds, pasted],
  );
  const api = useUrlView(initialView, known);
  const { view, choosePlace, setPanel, setFilters } = api;
  const lang = view.lang;
  const lastTab = useRef<Exclude<Panel, "closed">>(view.panel === "closed" ? "places" : view.panel);
  if (view.panel !== "closed") lastTab.current = view.panel;

  // The whole document follows the interface language (the server already sets the app shell's).
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = lang === "ar" ? "rtl" : "ltr";
  }, [lang]);

  // On a phone the drawer would cover the popup: fold it away once a place is chosen.
  const chooseFromList = useCallback(
    (placeId: string) => {
      choosePlace(placeId);
      if (window.matchMedia?.("(max-width: 600px)").matches) setPanel("closed");
    },
    [choosePlace, setPanel],
  );

  // The server's data answers one filter; until the next filter's arrives the last one stays
  // drawn, and everything shown (counts, quotes, lists) keeps to the filter of that data.
  const [initialQuery] = useRefValue(() => filterQuery(initialView));
  const corpus = useCorpusView(initialData, initialQuery, filterQuery(view));
  const shownFilter = useMemo(() => filterOfQuery(corpus.query), [corpus.query]);
  const data = useMemo(() => {
    const merged = mergePastedWithEvents(corpus.data, pasted, shownFilter);
    const points = merged.places.filter((p) => p.kind !== "country");
    const countries = merged.places.filter((p) => p.kind === "country");
    const groups = new Set(points.map((p) => kindGroup(p.kind as Exclude<PlaceKind, "country">)));
    const mentioned = new Map(merged.places.map((p) => [p.id, p.count]));
    return { merged, points, countries, groups, mentioned };
  }, [corpus.data, pasted, shownFilter]);
  const filtered = corpus.query !== "";

  // Links are built when copied, from the view as it is then (a popup is not re-rendered on a pan).
  const viewRef = useRef(view);
  viewRef.current = view;
  const context = useMemo<ViewContextValue>(
    () => ({
      lang,
      mention: view.mention,
      selectMention: api.selectMention,
      filterQuery: corpus.query,
      what: shownFilter.what,
      quoteHref: (placeId, mentionId) => viewHref({ ...viewRef.current, place: placeId, mention: mentionId }),
    }),
    [lang, view.mention, api.selectMention, corpus.query, shownFilter.what],
  );

  const chooseFromSearch = useCallback(
    (place: Place) => {
      choosePlace(place.id, { lat: place.lat, lon: place.lon });
      if (window.matchMedia?.("(max-width: 600px)").matches) setPanel("closed");
    },
    [choosePlace, setPanel],
  );
  const clearFilters = useCallback(
    () => setFilters({ articles: undefined, from: undefined, to: undefined, sources: undefined, what: undefined, roles: undefined, kinds: undefined }, "push"),
    [setFilters],
  );
  const toggleArticle = useCallback(
    (id: string, on: boolean) => {
      const set = new Set(viewRef.current.articles ?? []);
      if (on) set.add(id);
      else set.delete(id);
      setFilters({ articles: [...set].sort() }, "push");
    },
    [setFilters],
  );
  const toggleSource = useCallback(
    (name: string, on: boolean) => {
      const set = new Set(viewRef.current.sources ?? []);
      if (on) set.add(name);
      else set.delete(name);
      setFilters({ sources: [...set].sort() }, "push");
    },
    [setFilters],
  );
  const setTopic = useCallback(
    (what: string) => {
      if ((viewRef.current.what ?? "") === what) return;
      setFilters({ what: what || undefined }, "push");
    },
    [setFilters],
  );

  const empty = filtered && data.points.length === 0 && data.countries.length === 0;

  return (
    <ViewContext.Provider value={context}>
      <div className="map-app" dir={lang === "ar" ? "rtl" : "ltr"} lang={lang} aria-busy={corpus.status === "loading"} data-view-status={corpus.status}>
        <MapLoader
          places={data.points}
          basemap={basemap}
          tiles={tiles}
          openPlace={view.place}
          fly={api.fly}
          restore={api.restore}
          initialCenter={mapPosition(initialView)?.center}
          initialZoom={mapPosition(initialView)?.zoom}
          onPlaceOpened={api.placeOpened}
          onPlaceClosed={api.placeClosed}
          onMoved={api.moved}
          lang={lang}
        />
        <SidePanel
          panel={view.panel}
          lastTab={lastTab.current}
          places={data.points}
          countries={data.countries}
          articles={{ query: corpus.query, first: data.merged.articles, pasted: data.merged.pasted }}
          problems={problems}
          sources={data.merged.sources}
          chosenSources={view.sources}
          onToggleSource={toggleSource}
          onClearSources={() => setFilters({ sources: undefined }, "push")}
          selectedPlace={view.place}
          onPanel={setPanel}
          onChoosePlace={chooseFromList}
          lang={lang}
          chosenArticles={view.articles}
          onToggleArticle={toggleArticle}
          onClearArticles={() => setFilters({ articles: undefined }, "push")}
          tools={
            <div className="view-tools">
              <SearchBox
                lang={lang}
                q={view.q}
                mentioned={data.mentioned}
                onQuery={api.setQuery}
                onChoose={chooseFromSearch}
              />
              <TopicBox lang={lang} what={view.what} onTopic={setTopic} />
              <RoleFilter lang={lang} roles={view.roles} kinds={view.kinds} onChoice={(c) => setFilters(c, "push")} />
              <span className="share-view">
                <CopyLinkButton getHref={() => viewHref(viewRef.current)} lang={lang} title={t(lang, "copyLinkView")} />
              </span>
              <LanguageSwitch lang={lang} onLang={api.setLang} />
            </div>
          }
        />
        <Timeline
          timeline={data.merged.timeline}
          from={view.from}
          to={view.to}
          lang={lang}
          onRange={(from, to) => setFilters({ from, to }, "push")}
        />
        <ViewStatus lang={lang} status={corpus.status} message={corpus.message} onRetry={corpus.retry} />
        {empty && <EmptyState lang={lang} onClear={clearFilters} />}
        <Legend groups={data.groups} />
      </div>
    </ViewContext.Provider>
  );
}

/** A value computed once, on the first render (a ref's lazy initial value). */
function useRefValue<T>(make: () => T): [T] {
  const ref = useRef<{ value: T } | null>(null);
  ref.current ??= { value: make() };
  return [ref.current.value];
}

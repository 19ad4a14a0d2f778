"use client";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { ArticleMeta, CorpusError, PlaceSummary } from "@/lib/corpus/types";
import type { PlaceKind } from "@/lib/gazetteer/place";
import type { Place } from "@/lib/gazetteer/place";
import type { Basemap } from "@/lib/geo/basemap-from-topology";
import { filterPlaces, selectArticles } from "@/lib/explore/filter";
import { buildTimeline, mentionsPerArticle } from "@/lib/explore/timeline";
import { viewHref, writeViewState, type Panel } from "@/lib/url-state";
import type { TileConfig } from "./BasemapLayers";
import { CopyLinkButton } from "./CopyLinkButton";
import { EmptyState } from "./EmptyState";
import { LanguageSwitch } from "./LanguageSwitch";
import { Legend } from "./Legend";
import { MapLoader } from "./MapLoader";
import { kindGroup } from "./marker-style";
import { SearchBox } from "./SearchBox";
import { SidePanel } from "./SidePanel";
import { Timeline } from "./Timeline";
import { t } from "./i18n";
import { mapPosition, useUrlView, type UrlView } from "./use-url-view";
import { seedPlaceMentions, type SeededQuotes } from "./use-place-mentions";
import { ViewContext, type ViewContextValue } from "./view-context";
import "./views.css";

export type MapAppProps = {
  /** every place with mentions, countries included, most mentioned first */
  places: PlaceSummary[];
  articles: ArticleMeta[];
  /** files in seeds/ that could not be read, each with why: listed, so nothing is lost in silence */
  problems?: CorpusError[];
  basemap: Basemap;
  tiles?: TileConfig;
  /** the view the URL asked for, already checked on the server */
  initialView: UrlView;
  /** the quotes of the place the URL opens on, so its popup shows them at once */
  initialQuotes?: SeededQuotes;
};

/** Mentions per place, most first, as the lists and markers show them. */
const byCount = (a: PlaceSummary, b: PlaceSummary) => b.count - a.count;

/**
 * The map page: a full-window map with the side panel over it, the timeline under the map. Holds
 * the view (useUrlView: every part of it is in the URL) and the filtered data each part shows.
 */
export function MapApp({ places, articles, problems, basemap, tiles, initialView, initialQuotes }: MapAppProps) {
  // Before the first popup renders, once, and in the browser only (on the server the cache
  // would outlive the request).
  const seeded = useRef(false);
  if (!seeded.current && typeof window !== "undefined" && initialQuotes) {
    seedPlaceMentions(initialQuotes);
    seeded.current = true;
  }
  const known = useMemo(
    () => ({ placeIds: new Set(places.map((p) => p.id)), articleIds: new Set(articles.map((a) => a.id)) }),
    [places, articles],
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

  const filterKey = `${view.articles?.join(",") ?? ""}|${view.from ?? ""}|${view.to ?? ""}`;
  const filtered = filterKey !== "||";
  const data = useMemo(() => {
    const selection = selectArticles(articles, { articles: view.articles, from: view.from, to: view.to });
    const shown = filtered ? filterPlaces(places, selection.included).sort(byCount) : places;
    const points = shown.filter((p) => p.kind !== "country");
    const countries = shown.filter((p) => p.kind === "country");
    const groups = new Set(points.map((p) => kindGroup(p.kind as Exclude<PlaceKind, "country">)));
    const articleCounts: Record<string, number> = {};
    for (const p of shown) {
      for (const [id, n] of Object.entries(p.countsByArticle)) articleCounts[id] = (articleCounts[id] ?? 0) + n;
    }
    const mentioned = new Map(shown.map((p) => [p.id, p.count]));
    // The histogram follows the article choice, not the dates: the range is chosen on it.
    const byArticle = selectArticles(articles, { articles: view.articles }).included;
    const timeline = buildTimeline(
      articles.filter((a) => byArticle.has(a.id)),
      mentionsPerArticle(filterPlaces(places, byArticle)),
    );
    return { selection, points, countries, groups, articleCounts, mentioned, timeline };
    // filterKey stands for view.articles/from/to: Back/Forward read the article list back from the
    // URL as a new array, equal or not; comparing its contents spares rebuilding every marker.
  }, [places, articles, filterKey, filtered]);

  const filterQuery = writeViewState({ articles: view.articles, from: view.from, to: view.to });
  // Links are built when copied, from the view as it is then (a popup is not re-rendered on a pan).
  const viewRef = useRef(view);
  viewRef.current = view;
  const context = useMemo<ViewContextValue>(
    () => ({
      lang,
      mention: view.mention,
      selectMention: api.selectMention,
      filterQuery,
      quoteHref: (placeId, mentionId) => viewHref({ ...viewRef.current, place: placeId, mention: mentionId }),
    }),
    [lang, view.mention, api.selectMention, filterQuery],
  );

  const chooseFromSearch = useCallback(
    (place: Place) => {
      choosePlace(place.id, { lat: place.lat, lon: place.lon });
      if (window.matchMedia?.("(max-width: 600px)").matches) setPanel("closed");
    },
    [choosePlace, setPanel],
  );
  const clearFilters = useCallback(() => setFilters({ articles: undefined, from: undefined, to: undefined }, "push"), [setFilters]);
  const toggleArticle = useCallback(
    (id: string, on: boolean) => {
      const set = new Set(viewRef.current.articles ?? []);
      if (on) set.add(id);
      else set.delete(id);
      setFilters({ articles: [...set].sort() }, "push");
    },
    [setFilters],
  );

  const empty = filtered && data.points.length === 0 && data.countries.length === 0;

  return (
    <ViewContext.Provider value={context}>
      <div className="map-app" dir={lang === "ar" ? "rtl" : "ltr"} lang={lang}>
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
          articles={articles}
          problems={problems}
          articleCounts={data.articleCounts}
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
              <span className="share-view">
                <CopyLinkButton getHref={() => viewHref(viewRef.current)} lang={lang} title={t(lang, "copyLinkView")} />
              </span>
              <LanguageSwitch lang={lang} onLang={api.setLang} />
            </div>
          }
        />
        <Timeline
          timeline={data.timeline}
          from={view.from}
          to={view.to}
          lang={lang}
          onRange={(from, to) => setFilters({ from, to }, "push")}
        />
        {empty && <EmptyState lang={lang} onClear={clearFilters} />}
        <Legend groups={data.groups} />
      </div>
    </ViewContext.Provider>
  );
}

"use client";
import { useCallback, useEffect, useRef, useState } from "react";
import {
  DEFAULT_VIEW,
  parseViewState,
  sanitizeViewState,
  viewHref,
  type Lang,
  type MapViewState,
  type Panel,
} from "@/lib/url-state";

/**
 * The whole view as the page holds it: the URL state with panel and language always set. Centre
 * and zoom stay unset until the map is moved or a link sets them (the map then fits Libya).
 */
export type UrlView = MapViewState & { panel: Panel; lang: Lang };

/** A request to bring a place into view and open it (at a quote); `seq` makes choosing it again re-fly. */
export type FlyRequest = { placeId: string; mention?: string; seq: number; lat?: number; lon?: number };

/** Put the map exactly where a history entry says (Back/Forward): no animation, no auto-pan. */
export type RestoreRequest = {
  seq: number;
  center?: { lat: number; lon: number };
  zoom?: number;
  place?: string;
  mention?: string;
};

/**
 * The ids the browser can check a URL against: the places with any mention. Articles are too many
 * to send (100,000): any well-formed article id is taken, and the server answers for what it knows.
 */
export type Known = { placeIds: ReadonlySet<string> };

/** The filters of a view: what the map counts (a, from, to, source, what, role, kind). */
export type Filters = Pick<MapViewState, "articles" | "from" | "to" | "sources" | "what" | "roles" | "kinds">;
const FILTER_FIELDS = ["articles", "from", "to", "sources", "what", "roles", "kinds"] as const;

/** How long panning must rest before the URL follows (history.replaceState). */
const MOVE_DEBOUNCE_MS = 300;

/**
 * Where the map should stand for a view, or undefined for "fit Libya" (no centre or zoom given).
 * The URL leaves a default zoom or centre out, so one given alone takes the default of the other.
 *
 * @example mapPosition({ center: { lat: 30, lon: 18 }, panel: "places", lang: "en" }) // → { center: …, zoom: 5 }
 */
export function mapPosition(view: MapViewState): { center: { lat: number; lon: number }; zoom: number } | undefined {
  if (!view.center && view.zoom === undefined) return undefined;
  return { center: view.center ?? { ...DEFAULT_VIEW.center }, zoom: view.zoom ?? DEFAULT_VIEW.zoom };
}

/**
 * The view a query string describes, unknown places dropped, panel and language filled. Article
 * and mention ids are kept when well formed (parseViewState checks their shape).
 */
export function viewFromSearch(search: string, known: Known): UrlView {
  const parsed = parseViewState(search);
  const articleIds = new Set(parsed.articles ?? []);
  if (parsed.mention) articleIds.add(parsed.mention.slice(0, parsed.mention.lastIndexOf(":")));
  const state = sanitizeViewState(parsed, { placeIds: known.placeIds, articleIds });
  return { ...state, panel: state.panel ?? DEFAULT_VIEW.panel, lang: state.lang ?? DEFAULT_VIEW.lang };
}

export type UrlViewApi = {
  view: UrlView;
  fly: FlyRequest | undefined;
  restore: RestoreRequest | undefined;
  /** From a list or the search box: fly there and open the popup (a new history entry). */
  choosePlace: (placeId: string, opts?: { mention?: string; lat?: number; lon?: number }) => void;
  /** The map opened a popup (click, keyboard, fly): a new history entry if it changes the selection. */
  placeOpened: (placeId: string) => void;
  /**
   * The map closed a popup: clears the selection (a new entry) if it was that place's, a tick
   * later and only if no other popup opened meanwhile (then that opening is the one entry).
   */
  placeClosed: (placeId: string) => void;
  /** A quote chosen inside the popup (a new history entry). */
  selectMention: (mentionId: string | undefined) => void;
  /** The map came to rest: the URL follows, debounced, replacing the current entry. */
  moved: (center: { lat: number; lon: number }, zoom: number) => void;
  setPanel: (panel: Panel) => void;
  setFilters: (filters: Filters, mode?: "push" | "replace") => void;
  setQuery: (q: string) => void;
  setLang: (lang: Lang) => void;
};

type Mode = "push" | "replace";

/**
 * The map page's view, backed by the query string (lib/url-state): selections push history
 * entries, moves replace the current one (debounced), and Back/Forward bring the map back to
 * each entry through `restore`.
 *
 * @example const { view, choosePlace } = useUrlView(initialView, known); choosePlace("misrata");
 */
export function useUrlView(initial: UrlView, known: Known): UrlViewApi {
  const [view, setViewState] = useState<UrlView>(initial);
  const current = useRef<UrlView>(initial);
  const [fly, setFly] = useState<FlyRequest | undefined>(undefined);
  const [restore, setRestore] = useState<RestoreRequest | undefined>(() =>
    initial.place || mapPosition(initial)
      ? { seq: 0, ...mapPosition(initial), place: initial.place, mention: initial.mention }
      : undefined,
  );
  const pending = useRef<number | undefined>(undefined);
  // A popup's close waiting to be recorded: Leaflet closes the open popup just before it opens
  // another (a click on a second marker), and that close alone must not become a history entry.
  const closing = useRef<number | undefined>(undefined);
  const knownRef = useRef(known);
  knownRef.current = known;

  const writeUrl = useCallback((mode: Mode) => {
    window.clearTimeout(pending.current);
    pending.current = undefined;
    const href = viewHref(current.current, window.location.pathname);
    const here = window.location.pathname + window.location.search;
    if (href === here) return;
    // The fragment is not view state (a pasted article travels there): keep it.
    const url = href + window.location.hash;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  const update = useCallback(
    (change: (v: UrlView) => UrlView, mode: Mode | "none") => {
      const next = change(current.current);
      if (next === current.current) return;
      current.current = next;
      setViewState(next);
      if (mode !== "none") writeUrl(mode);
    },
    [writeUrl],
  );

  // Back / Forward: the URL is already the entry's; bring the view and the map to it.
  useEffect(() => {
    const onPop = () => {
      window.clearTimeout(pending.current);
      pending.current = undefined;
      window.clearTimeout(closing.current);
      closing.current = undefined;
      const next = viewFromSearch(window.location.search, knownRef.current);
      current.current = next;
      setViewState(next);
      setRestore((r) => ({
        seq: (r?.seq ?? 0) + 1,
        ...mapPosition(next),
        place: next.place,
        mention: next.mention,
      }));
    };
    window.addEventListener("popstate", onPop);
    return () => {
      window.removeEventListener("popstate", onPop);
      window.clearTimeout(pending.current);
      window.clearTimeout(closing.current);
    };
  }, []);

  // The server dropped what it did not know: make the address bar say what is shown.
  useEffect(() => {
    writeUrl("replace");
  }, [writeUrl]);

  const choosePlace = useCallback(
    (placeId: string, opts: { mention?: string; lat?: number; lon?: number } = {}) => {
      const known = knownRef.current.placeIds.has(placeId);
      update((v) => {
        const next: UrlView = { ...v, place: known ? placeId : undefined };
        if (opts.mention && known) next.mention = opts.mention;
        else delete next.mention;
        return next;
      }, "push");
      setFly((f) => ({ placeId, mention: opts.mention, lat: opts.lat, lon: opts.lon, seq: (f?.seq ?? 0) + 1 }));
    },
    [update],
  );
  const placeOpened = useCallback(
    (placeId: string) => {
      // Another popup replaces the one just closed: one history entry, from that place to this.
      window.clearTimeout(closing.current);
      closing.current = undefined;
      update((v) => {
        if (v.place === placeId) return v;
        const next: UrlView = { ...v, place: placeId };
        delete next.mention;
        return next;
      }, "push");
    },
    [update],
  );
  const placeClosed = useCallback(
    (placeId: string) => {
      window.clearTimeout(closing.current);
      closing.current = window.setTimeout(() => {
        closing.current = undefined;
        update((v) => {
          if (v.place !== placeId) return v;
          const next = { ...v };
          delete next.place;
          delete next.mention;
          return next;
        }, "push");
      }, 0);
    },
    [update],
  );
  const selectMention = useCallback(
    (mention: string | undefined) =>
      update((v) => {
        if (v.mention === mention) return v;
        const next: UrlView = { ...v, mention };
        if (mention === undefined) delete next.mention;
        return next;
      }, "push"),
    [update],
  );
  const moved = useCallback(
    (center: { lat: number; lon: number }, zoom: number) => {
      update((v) => ({ ...v, center, zoom }), "none");
      window.clearTimeout(pending.current);
      pending.current = window.setTimeout(() => writeUrl("replace"), MOVE_DEBOUNCE_MS);
    },
    [update, writeUrl],
  );
  const setPanel = useCallback(
    (panel: Panel) => update((v) => (v.panel === panel ? v : { ...v, panel }), "replace"),
    [update],
  );
  const setFilters = useCallback(
    (filters: Filters, mode: Mode = "replace") =>
      update((v) => {
        const next: UrlView = { ...v, ...filters };
        for (const key of FILTER_FIELDS) {
          const value = next[key];
          if (value === undefined || value === "" || (Array.isArray(value) && value.length === 0)) delete next[key];
        }
        return next;
      }, mode),
    [update],
  );
  const setQuery = useCallback(
    (q: string) =>
      update((v) => {
        const trimmed = q.trim();
        if ((v.q ?? "") === trimmed) return v;
        const next: UrlView = { ...v, q: trimmed };
        if (!trimmed) delete next.q;
        return next;
      }, "replace"),
    [update],
  );
  const setLang = useCallback((lang: Lang) => update((v) => (v.lang === lang ? v : { ...v, lang }), "replace"), [update]);

  return { view, fly, restore, choosePlace, placeOpened, placeClosed, selectMention, moved, setPanel, setFilters, setQuery, setLang };
}

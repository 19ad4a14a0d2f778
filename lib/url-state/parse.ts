import type { z } from "zod";
import type { MapViewState } from "./types";
import { FIELD_ORDER, KEYS, type StateField } from "./keys";
import {
  MAX_VALUE_LENGTH,
  articlesParam,
  centerParam,
  fromParam,
  langParam,
  mentionParam,
  panelParam,
  placeParam,
  kindsParam,
  queryParam,
  rolesParam,
  sourcesParam,
  toParam,
  zoomParam,
} from "./params";

/** What Next.js hands a page as `searchParams` (after awaiting it), or anything URL-shaped. */
export type SearchInput = string | URLSearchParams | Record<string, string | string[] | undefined>;

const SCHEMAS: { [F in StateField]: z.ZodType<NonNullable<MapViewState[F]>, string> } = {
  center: centerParam,
  zoom: zoomParam,
  place: placeParam,
  mention: mentionParam,
  panel: panelParam,
  articles: articlesParam,
  from: fromParam,
  to: toParam,
  sources: sourcesParam,
  what: queryParam,
  roles: rolesParam,
  kinds: kindsParam,
  q: queryParam,
  lang: langParam,
};

function valuesOf(search: SearchInput): (key: string) => string[] {
  if (typeof search === "string" || search instanceof URLSearchParams) {
    const params = typeof search === "string" ? new URLSearchParams(search.replace(/^\?/, "")) : search;
    return (key) => params.getAll(key);
  }
  return (key) => {
    const v = Object.hasOwn(search, key) ? search[key] : undefined;
    return v === undefined ? [] : Array.isArray(v) ? v : [v];
  };
}

/**
 * Reads a view from a query string, URLSearchParams or Next's searchParams object. Each parameter
 * is checked on its own: a malformed, out-of-range, oversized, repeated or unknown one is ignored
 * and the others still apply. Never throws. Ids are only checked for shape (see sanitizeViewState).
 *
 * @example parseViewState("?c=32.3746,15.0906&z=9&p=misrata&z=oops")
 *   // → { center: { lat: 32.3746, lon: 15.0906 }, zoom: 9, place: "misrata" }
 */
export function parseViewState(search: SearchInput): MapViewState {
  const get = valuesOf(search);
  const state: Record<string, unknown> = {};
  for (const field of FIELD_ORDER) {
    const values = get(KEYS[field]);
    // A repeated key is ambiguous: which one did the sharer mean? Neither applies.
    if (values.length !== 1) continue;
    const raw = values[0]!;
    if (typeof raw !== "string" || raw.length > MAX_VALUE_LENGTH) continue;
    const parsed = SCHEMAS[field].safeParse(raw);
    if (!parsed.success) continue;
    if (Array.isArray(parsed.data) && parsed.data.length === 0) continue;
    state[field] = parsed.data;
  }
  const view = state as MapViewState;
  // A reversed range is still a range: swap rather than lose it. The raw values swap, then each
  // widens for its new edge, so from=2020-07&to=2020-06 is June 1 to July 31, not June 30 to July 1.
  if (view.from && view.to && view.from > view.to) {
    const rawFrom = get(KEYS.from)[0]!;
    const rawTo = get(KEYS.to)[0]!;
    view.from = fromParam.parse(rawTo);
    view.to = toParam.parse(rawFrom);
  }
  return view;
}

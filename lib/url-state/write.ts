import type { MapViewState } from "./types";
import { DEFAULT_VIEW } from "./defaults";
import { FIELD_ORDER, KEYS, type StateField } from "./keys";
import { COORD_DECIMALS, SOURCE_SEPARATOR } from "./params";
import { parseViewState } from "./parse";

const trimZeros = (s: string): string => (s.includes(".") ? s.replace(/\.?0+$/, "") : s);
const num = (x: number, decimals: number): string => trimZeros(x.toFixed(decimals));

// Commas and colons are legal in a query and keep "c=32.3746,15.0906" and "m=002:161" readable;
// quotes and brackets, which encodeURIComponent leaves, are encoded so no URL can close an attribute.
const encode = (s: string): string =>
  encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%2C/g, ",")
    .replace(/%3A/g, ":");

function format(field: StateField, s: Required<MapViewState>): string {
  switch (field) {
    case "center":
      return `${num(s.center.lat, COORD_DECIMALS)},${num(s.center.lon, COORD_DECIMALS)}`;
    case "zoom":
      return num(s.zoom, 1);
    case "articles":
      return s.articles.join(",");
    case "sources":
      return s.sources.join(SOURCE_SEPARATOR);
    case "roles":
      return s.roles.join(",");
    case "kinds":
      return s.kinds.join(",");
    default:
      return s[field];
  }
}

/** true when a field holds its default value, so the URL can leave it out. */
function isDefaultField(field: StateField, s: MapViewState): boolean {
  switch (field) {
    case "center":
      return s.center?.lat === DEFAULT_VIEW.center.lat && s.center?.lon === DEFAULT_VIEW.center.lon;
    case "zoom":
      return s.zoom === DEFAULT_VIEW.zoom;
    case "panel":
      return s.panel === DEFAULT_VIEW.panel;
    case "lang":
      return s.lang === DEFAULT_VIEW.lang;
    default:
      return false;
  }
}

/**
 * The query string of a view, without "?": keys in a fixed order, defaults and empty fields left
 * out, values rounded as parseViewState reads them. Every value is re-validated first, so a state
 * built from bad data writes only its valid parts (the default view writes "").
 *
 * @example writeViewState({ place: "misrata", zoom: 9, center: { lat: 32.37461, lon: 15.09 } })
 *   // → "c=32.37461,15.09&z=9&p=misrata"
 */
export function writeViewState(state: MapViewState): string {
  const parts: string[] = [];
  for (const field of FIELD_ORDER) {
    const value = state[field];
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (isDefaultField(field, state)) continue;
    const text = format(field, state as Required<MapViewState>);
    // Written only if it reads back: hostile or malformed values never reach the URL.
    const back = parseViewState({ [KEYS[field]]: text })[field];
    if (back === undefined) continue;
    parts.push(`${KEYS[field]}=${encode(format(field, { ...state, [field]: back } as Required<MapViewState>))}`);
  }
  return parts.join("&");
}

/**
 * A link to a view on a page: "/?c=…" or just the path for the default view.
 *
 * @example viewHref({ place: "sirte" }) // → "/?p=sirte"
 */
export function viewHref(state: MapViewState, pathname = "/"): string {
  const query = writeViewState(state);
  return query ? `${pathname}?${query}` : pathname;
}

import { z } from "zod";
import { COMBAT_KINDS, LANGS, PANELS, ROLES } from "./types";
import { MAX_ZOOM, MIN_ZOOM } from "./defaults";

/**
 * One schema per query parameter. Each accepts the raw string and yields the canonical value, or
 * fails; a failure drops that parameter only. Patterns are strict whitelists, so markup, quotes,
 * control characters and oversized values can never pass through into the state.
 */

/** Longest raw value looked at; a longer one (a 10,000-character attack) is ignored unread. */
export const MAX_VALUE_LENGTH = 2000;
export const MAX_QUERY_LENGTH = 100;
export const MAX_ARTICLES = 200;
/** Outlets in one view's filter, at most. */
export const MAX_SOURCES = 50;
/** Longest outlet name kept in a URL. */
export const MAX_SOURCE_NAME = 120;
/** Outlet names are separated by "|" in the URL: names may hold commas, never a bar. */
export const SOURCE_SEPARATOR = "|";

/** Lat/lon keep 5 decimals (about 1 m): exact round trips, finer than a pixel up to zoom 17. */
export const COORD_DECIMALS = 5;

export const PLACE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const articleId = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}";
/** An article id ("002", "misrata-report"): the one pattern the corpus, the API and the URL share. */
export const ARTICLE_ID = new RegExp(`^${articleId}$`);
/** A mention id, `${articleId}:${start}` ("002:161"); the start is written without leading zeros. */
export const MENTION_ID = new RegExp(`^${articleId}:(?:0|[1-9]\\d{0,8})$`);

const round = (x: number, decimals: number): number => {
  const f = 10 ** decimals;
  return Math.round(x * f) / f || 0; // `|| 0` turns -0 into 0
};

const decimal = "-?\\d{1,3}(?:\\.\\d{1,15})?";

export const centerParam = z
  .string()
  .regex(new RegExp(`^${decimal},${decimal}$`))
  .transform((s) => {
    const [lat, lon] = s.split(",").map(Number) as [number, number];
    return { lat: round(lat, COORD_DECIMALS), lon: round(lon, COORD_DECIMALS) };
  })
  .refine((c) => Math.abs(c.lat) <= 90 && Math.abs(c.lon) <= 180);

/** Zoom snaps to the nearest half step. */
export const zoomParam = z
  .string()
  .regex(/^\d{1,2}(?:\.\d{1,6})?$/)
  .transform((s) => Math.round(Number(s) * 2) / 2)
  .refine((zoom) => zoom >= MIN_ZOOM && zoom <= MAX_ZOOM);

export const placeParam = z.string().max(80).regex(PLACE_ID);

export const articleIdParam = z.string().regex(ARTICLE_ID);

export const mentionParam = z.string().regex(MENTION_ID);

export const panelParam = z.enum(PANELS);
export const langParam = z.enum(LANGS);

/** Comma-separated article ids; bad ids are dropped one by one, the rest kept sorted and unique. */
export const articlesParam = z.string().transform((s) => {
  const ids = s.split(",").filter((id) => articleIdParam.safeParse(id).success);
  return [...new Set(ids)].sort().slice(0, MAX_ARTICLES);
});

/**
 * Outlet names separated by "|": each trimmed and single-spaced, 1–120 characters, no markup or
 * control characters (a bad one is dropped alone); sorted, unique, at most 50.
 */
export const sourcesParam = z.string().transform((s) => {
  const names = s
    .split(SOURCE_SEPARATOR)
    .map((n) => n.trim().replace(/\s+/g, " "))
    .filter((n) => n.length > 0 && n.length <= MAX_SOURCE_NAME && !/[<>\p{Cc}\p{Cs}]/u.test(n));
  return [...new Set(names)].sort().slice(0, MAX_SOURCES);
});

/**
 * A comma list of names from a fixed list (roles, combat kinds): unknown names dropped one by one,
 * the rest unique and in the list's own order, so equal choices write equal URLs.
 */
function choiceParam<T extends string>(allowed: readonly T[]) {
  return z.string().transform((s) => {
    const chosen = new Set(s.split(","));
    return allowed.filter((name) => chosen.has(name));
  });
}
export const rolesParam = choiceParam(ROLES);
export const kindsParam = choiceParam(COMBAT_KINDS);

/** Free search text: trimmed, single-spaced; refused if it carries markup or control characters. */
export const queryParam = z
  .string()
  .transform((s) => s.trim().replace(/\s+/g, " "))
  .refine((s) => s.length > 0 && s.length <= MAX_QUERY_LENGTH)
  .refine((s) => !/[<>\p{Cc}\p{Cs}]/u.test(s));

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * An ISO day (yyyy-mm-dd) or a month (yyyy-mm), which widens to its first day for `from` and its
 * last day for `to`. Years 1900–2100; impossible days (2020-02-30) fail.
 */
export function dateParam(edge: "from" | "to") {
  return z
    .string()
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/)
    .transform((s, ctx) => {
      const [y, m, d] = s.split("-").map(Number) as [number, number, number | undefined];
      const ok = y >= 1900 && y <= 2100 && m >= 1 && m <= 12;
      const last = ok ? daysInMonth(y, m) : 0;
      const day = d ?? (edge === "from" ? 1 : last);
      if (!ok || day < 1 || day > last) {
        ctx.addIssue({ code: "custom", message: "not a calendar date" });
        return z.NEVER;
      }
      return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    });
}
export const fromParam = dateParam("from");
export const toParam = dateParam("to");

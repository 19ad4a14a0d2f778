import { z } from "zod";
import { parseViewState } from "../url-state";

/** Most mentions one export carries; past it the file ends and the X-Export-Capped header says so. */
export const EXPORT_ROW_CAP = 100_000;

const formatSchema = z.enum(["geojson", "csv"], { error: 'format must be "geojson" or "csv"' });

/** The URL-state keys that narrow an export; the rest of a view (c, z, lang…) does not. */
const FILTER_KEYS = new Set(["a", "from", "to", "p", "source", "what", "role", "kind"]);

export type ExportQuery = {
  format: "geojson" | "csv";
  articles?: string[];
  from?: string;
  to?: string;
  place?: string;
  sources?: string[];
  what?: string;
  roles?: string[];
  kinds?: string[];
};

/**
 * Reads the query of GET /api/export. `format` is required and strict (an error naming it).
 * The filters use the URL-state keys (a, from, to, p) and are read by parseViewState, exactly
 * as the map reads them: a malformed value is ignored on its own, months widen, a reversed
 * range is swapped. So the current view's query string can be passed on as it is.
 *
 * @example parseExportQuery(new URLSearchParams("format=csv&a=002,004&from=2020-06&to=yesterday"))
 * // { ok: true, query: { format: "csv", articles: ["002", "004"], from: "2020-06-01" } }
 */
export function parseExportQuery(params: URLSearchParams): { ok: true; query: ExportQuery } | { ok: false; error: string } {
  const formats = params.getAll("format");
  if (formats.length > 1) return { ok: false, error: `format is given ${formats.length} times; give it once` };
  if (formats[0] === undefined) return { ok: false, error: 'format is required: "geojson" or "csv"' };
  const format = formatSchema.safeParse(formats[0]);
  if (!format.success) return { ok: false, error: format.error.issues[0]?.message ?? "malformed format" };

  const view = parseViewState(new URLSearchParams([...params].filter(([key]) => FILTER_KEYS.has(key))));
  return {
    ok: true,
    query: {
      format: format.data,
      ...(view.articles && view.articles.length > 0 ? { articles: view.articles } : {}),
      ...(view.from ? { from: view.from } : {}),
      ...(view.to ? { to: view.to } : {}),
      ...(view.place ? { place: view.place } : {}),
      ...(view.sources?.length ? { sources: view.sources } : {}),
      ...(view.what ? { what: view.what } : {}),
      ...(view.roles?.length ? { roles: view.roles } : {}),
      ...(view.kinds?.length ? { kinds: view.kinds } : {}),
    },
  };
}

import { parseViewState } from "@/lib/url-state";
import { SOURCE_SEPARATOR } from "@/lib/url-state/params";

/**
 * The download URL of the current view's mentions: the filters of the page's query string (a,
 * from, to, source, what, role, kind, p), re-read through the URL-state parser so a malformed value is dropped as the map
 * drops it, instead of making the export fail.
 *
 * @example exportHref("csv", "?z=7&a=003,004&from=2020-06&p=sirte")
 *   // → "/api/export?format=csv&a=003%2C004&from=2020-06-01&p=sirte"
 */
export function exportHref(format: "csv" | "geojson", search: string): string {
  const state = parseViewState(search);
  const params = new URLSearchParams({ format });
  if (state.articles && state.articles.length > 0) params.set("a", state.articles.join(","));
  if (state.from) params.set("from", state.from);
  if (state.to) params.set("to", state.to);
  if (state.sources && state.sources.length > 0) params.set("source", state.sources.join(SOURCE_SEPARATOR));
  if (state.what) params.set("what", state.what);
  if (state.roles && state.roles.length > 0) params.set("role", state.roles.join(","));
  if (state.kinds && state.kinds.length > 0) params.set("kind", state.kinds.join(","));
  if (state.place) params.set("p", state.place);
  return `/api/export?${params.toString()}`;
}

import { parseViewState } from "@/lib/url-state";

/**
 * The download URL of the current view's mentions: the filters of the page's query string (a,
 * from, to, p), re-read through the URL-state parser so a malformed value is dropped as the map
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
  if (state.place) params.set("p", state.place);
  return `/api/export?${params.toString()}`;
}

// Query keys that only say how a reader arrived (campaign and click trackers): two links that
// differ only in them are the same article, and the store's duplicate check compares URLs.
const TRACKING = /^(?:utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|igshid|yclid|_ga)$/i;

/**
 * The URL an article is known by: `raw` resolved against `base` when relative, http(s) only,
 * without its #fragment and tracking parameters (utm_*, fbclid, gclid…), in WHATWG URL form (host
 * lower-cased, default port dropped). null when `raw` is not an http(s) URL.
 *
 * @example canonicalUrl("/a/1?utm_source=rss#top", "https://Example.org/news/") // "https://example.org/a/1"
 * @example canonicalUrl("javascript:alert(1)") // null
 */
export function canonicalUrl(raw: string, base?: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim(), base);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username !== "" || url.password !== "") return null;
  url.hash = "";
  for (const key of [...url.searchParams.keys()]) if (TRACKING.test(key)) url.searchParams.delete(key);
  // A query emptied of trackers leaves no bare "?" behind ("/a?utm_source=x" is "/a").
  if (url.searchParams.size === 0) url.search = "";
  return url.href;
}

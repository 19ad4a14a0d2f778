/**
 * The form under which two URLs of one article compare equal, for refusing duplicates: scheme and
 * "www." dropped, host lower-cased, fragment, tracking parameters (utm_*, fbclid, gclid) and a
 * trailing slash removed, the remaining parameters sorted. A string that is not a URL is its own key.
 *
 * @example canonicalUrlKey("https://WWW.Alwasat.ly/news/libya/1234/?utm_source=x#top") // → "alwasat.ly/news/libya/1234"
 */
export function canonicalUrlKey(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  const params = [...u.searchParams].filter(([k]) => !/^(utm_|fbclid$|gclid$)/i.test(k)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length ? `?${new URLSearchParams(params).toString()}` : "";
  const host = u.host.toLowerCase().replace(/^www\./, "");
  const path = u.pathname.replace(/\/+$/, "");
  return `${host}${path}${query}`;
}

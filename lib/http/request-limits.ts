/**
 * What a request may look like before any route sees it (checked by proxy.ts). Every value here is
 * far above what the app itself produces (its longest URLs are share links with a list of articles
 * and a 100-character search), and low enough that no request makes a route parse megabytes.
 */
export const REQUEST_LIMITS = {
  /**
   * Path and query string together, in characters as sent (percent-encoded): above a share link
   * carrying one hostile 10,000-character value (pages ignore it and still open, e2e/share.spec.ts),
   * below Node's own 16 KiB limit on the request line and headers.
   */
  urlLength: 12 * 1024,
  /** Query parameters in all. */
  queryParams: 64,
  /** Times one key may repeat: the URL state ignores a repeated key, so a few are harmless, thousands are an attack. */
  keyRepeats: 4,
  /** One parameter's name, decoded. */
  keyLength: 64,
  /**
   * One parameter's value, decoded, on /api only: a page ignores a value past 2000 characters and
   * opens the rest of the view (lib/url-state), a documented behaviour this keeps.
   */
  valueLength: 4096,
  /**
   * Articles (`a`, comma-separated) and outlets (`source`, "|"-separated) in one API filter: the
   * URL state keeps at most these (lib/url-state MAX_ARTICLES, MAX_SOURCES; a test holds them
   * equal), so an API call asking for more is told, not silently cut.
   */
  filterArticles: 200,
  filterSources: 50,
  /** Header fields. */
  headerCount: 100,
  /** Names and values of every header field together, in characters; Node itself refuses 16 KiB with a bare 431. */
  headerBytes: 12 * 1024,
} as const;

/** `undecodable`: the path names nothing we serve, so a page request gets the not-found page. */
export type LimitProblem = { status: 400 | 414 | 431; message: string; undecodable?: true };

/**
 * Whether every segment of a path percent-decodes to UTF-8. Next.js 16.4.5 answers 500 for a
 * dynamic segment that does not (Next.js issue 92527): such a path names no page and no resource of
 * ours, so the proxy answers it first.
 *
 * @example pathDecodes("/api/places/misrata/mentions") // true
 * @example pathDecodes("/articles/%ff%fe") // false
 */
export function pathDecodes(pathname: string): boolean {
  for (const segment of pathname.split("/")) {
    if (!segment.includes("%")) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return false;
    }
  }
  return true;
}

/** Shown in an error: printable ASCII only and short, so a hostile key is never reflected as markup. */
function quote(name: string): string {
  const safe = name.replace(/[^\x20-\x7e]|["<>&'\\]/g, "?");
  return `"${safe.length > 40 ? `${safe.slice(0, 40)}…` : safe}"`;
}

/**
 * The first limit a request breaks, as the status and message to answer with, or null when it is
 * within every limit. `pathname` and `search` are as sent (still percent-encoded). Value lengths
 * are checked on /api paths only.
 *
 * @example checkRequest({ pathname: "/articles/%ff", search: "", headers: new Headers() })
 *   // → { status: 400, message: "the path is not valid percent-encoded UTF-8" }
 * @example checkRequest({ pathname: "/", search: "?z=9&z=9&z=9&z=9&z=9", headers: new Headers() })
 *   // → { status: 400, message: 'query parameter "z" is repeated 5 times (at most 4)' }
 */
export function checkRequest({ pathname, search, headers }: { pathname: string; search: string; headers: Headers }): LimitProblem | null {
  const L = REQUEST_LIMITS;
  const api = pathname === "/api" || pathname.startsWith("/api/");
  if (pathname.length + search.length > L.urlLength) {
    return { status: 414, message: `the URL is longer than ${L.urlLength} characters` };
  }
  if (!pathDecodes(pathname)) return { status: 400, message: "the path is not valid percent-encoded UTF-8", undecodable: true };

  let count = 0;
  let bytes = 0;
  headers.forEach((value, name) => {
    count++;
    bytes += name.length + value.length;
  });
  if (count > L.headerCount) return { status: 431, message: `more than ${L.headerCount} header fields` };
  if (bytes > L.headerBytes) return { status: 431, message: `the headers are larger than ${L.headerBytes} bytes` };

  const params = new URLSearchParams(search);
  const repeats = new Map<string, number>();
  let total = 0;
  for (const [key, value] of params) {
    total++;
    if (total > L.queryParams) return { status: 400, message: `more than ${L.queryParams} query parameters` };
    if (key.length > L.keyLength) return { status: 400, message: `a query parameter name is longer than ${L.keyLength} characters` };
    if (api && value.length > L.valueLength) {
      return { status: 400, message: `query parameter ${quote(key)} is longer than ${L.valueLength} characters` };
    }
    if (api && key === "a" && value.split(",").length > L.filterArticles) {
      return { status: 400, message: `at most ${L.filterArticles} articles in a filter (a= holds ${value.split(",").length})` };
    }
    if (api && key === "source" && value.split("|").length > L.filterSources) {
      return { status: 400, message: `at most ${L.filterSources} outlets in a filter (source= holds ${value.split("|").length})` };
    }
    const n = (repeats.get(key) ?? 0) + 1;
    repeats.set(key, n);
    if (n > L.keyRepeats) {
      const times = params.getAll(key).length;
      return { status: 400, message: `query parameter ${quote(key)} is repeated ${times} times (at most ${L.keyRepeats})` };
    }
  }
  return null;
}

export type Fetched =
  | {
      ok: true;
      status: number;
      /** the URL after redirects */
      url: string;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      /** empty on 304 Not Modified */
      bytes: Uint8Array;
    }
  | { ok: false; reason: string; status?: number; retryAfterMs?: number };

export type FetchOptions = {
  timeoutMs: number;
  /** the most bytes read; a longer body is refused, never cut */
  maxBytes: number;
  /** sent as Accept */
  accept: string;
  /** conditional request validators from the last 200 */
  etag?: string;
  lastModified?: string;
};

const USER_AGENT = "KhabarMap-ingest/0.1 (Arabic news geoparser)";

/** Retry-After in ms, from seconds or an HTTP date; undefined when absent or unreadable. */
function retryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

/**
 * GETs an http(s) URL within `timeoutMs` (connection, headers and body together), following
 * redirects, reading at most `maxBytes` (a Content-Length over it is refused before the body is
 * read; a body that grows past it is cut off and refused). With `etag` / `lastModified` the request
 * is conditional (If-None-Match / If-Modified-Since) and a 304 comes back ok with no bytes. Any
 * other status than 200–299 and 304 is refused with the status, and Retry-After when given. Never
 * throws: DNS, connection and timeout failures come back as a reason.
 *
 * @example await fetchUrl("https://example.org/feed.xml", { timeoutMs: 30_000, maxBytes: 1 << 26, accept: "application/rss+xml" })
 *   // { ok: true, status: 200, url: "https://example.org/feed.xml", contentType: "application/rss+xml", etag: "\"v7\"", lastModified: null, bytes: Uint8Array(…) }
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<Fetched> {
  const headers: Record<string, string> = { accept: opts.accept, "user-agent": USER_AGENT };
  if (opts.etag) headers["if-none-match"] = opts.etag;
  if (opts.lastModified) headers["if-modified-since"] = opts.lastModified;
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const timedOut = () => ({ ok: false as const, reason: `no complete answer within ${opts.timeoutMs / 1000} s (timed out)` });
  let res: Response;
  try {
    res = await fetch(url, { headers, signal, redirect: "follow" });
  } catch (err) {
    if (signal.aborted) return timedOut();
    const cause = (err as { cause?: { code?: string; message?: string } }).cause;
    return { ok: false, reason: `cannot fetch it (${cause?.code ?? cause?.message ?? (err as Error).message})` };
  }
  const base = { url: res.url || url, contentType: res.headers.get("content-type"), etag: res.headers.get("etag"), lastModified: res.headers.get("last-modified") };
  if (res.status === 304) {
    await res.body?.cancel();
    return { ok: true, status: 304, ...base, bytes: new Uint8Array() };
  }
  if (!res.ok) {
    await res.body?.cancel();
    const wait = retryAfter(res.headers.get("retry-after"));
    return { ok: false, status: res.status, reason: `HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ""}`, ...(wait !== undefined ? { retryAfterMs: wait } : {}) };
  }
  const max = opts.maxBytes.toLocaleString("en");
  const tooLarge = (what: string) => ({ ok: false as const, status: res.status, reason: `too large: ${what} (at most ${max} bytes are read)` });
  const declared = Number(res.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    await res.body?.cancel();
    return tooLarge(`Content-Length ${declared.toLocaleString("en")} bytes`);
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    if (res.body) {
      const reader = res.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        total += value.length;
        if (total > opts.maxBytes) {
          await reader.cancel();
          return tooLarge(`more than ${max} bytes`);
        }
        chunks.push(value);
      }
    }
  } catch (err) {
    if (signal.aborted) return timedOut();
    return { ok: false, status: res.status, reason: `the answer broke off (${(err as Error).message})` };
  }
  return { ok: true, status: res.status, ...base, bytes: Buffer.concat(chunks) };
}

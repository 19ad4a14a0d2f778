import { KEYS } from "../../url-state/keys";
import { BAD_PERCENT, MARKER, MARKUP, TEXT, TRAVERSAL, hostileText, hugeLength, hugeText } from "./payloads";
import type { Rng } from "./rng";

export const METHODS = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"] as const;
export type Method = (typeof METHODS)[number];

/** The routes of the app (README "HTTP API", the two pages) and everything that is none of them. */
export const ROUTES = [
  "/",
  "/articles/{id}",
  "/api/places",
  "/api/places/{id}/mentions",
  "/api/view",
  "/api/articles",
  "/api/articles/{id}",
  "/api/export",
  "/api/geoparse",
  "/api/og",
  "/api/gazetteer",
  "unknown",
] as const;
export type Route = (typeof ROUTES)[number];

/** The routes that run under the heavy-work limit (lib/http/heavy-limit.ts): they may shed load with 503. */
export const HEAVY_ROUTES: ReadonlySet<Route> = new Set<Route>(["/api/export", "/api/geoparse", "/api/og"]);

/** What the fuzzer knows of the served store, so that part of its requests reach past validation. */
export type Known = {
  placeIds: readonly string[];
  articleIds: readonly string[];
  mentionIds: readonly string[];
  sources: readonly string[];
};

export type FuzzRequest = {
  route: Route;
  method: Method;
  /** Path and query exactly as sent on the request line (raw: no normalisation, no re-encoding). */
  target: string;
  headers: Record<string, string>;
  body?: Uint8Array;
  /** Send the body with Transfer-Encoding: chunked instead of a Content-Length. */
  chunked?: boolean;
  /** The status a valid request must get (a heavy route may also shed it with 503); none for hostile ones. */
  expect?: number;
};

const utf8 = new TextEncoder();
const UNRESERVED = /[A-Za-z0-9\-._~]/;

/**
 * Percent-encodes every byte of `s`'s UTF-8 but the unreserved characters. Unlike
 * encodeURIComponent it never throws: a lone surrogate goes out as U+FFFD, as a browser sends it.
 */
export function percentEncode(s: string): string {
  let out = "";
  for (const b of utf8.encode(s)) {
    const c = String.fromCharCode(b);
    out += b < 0x80 && UNRESERVED.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

// ---- path segments ----

function knownSegment(r: Rng, route: Route, known: Known): string {
  if (route === "/articles/{id}" || route === "/api/articles/{id}") return r.pick(known.articleIds);
  return r.pick(known.placeIds);
}

/** A path segment, as sent: a known id, or hostile (raw bad encodings and traversal, encoded payloads, huge). */
export function segment(r: Rng, route: Route, known: Known): string {
  return r.weighted<() => string>([
    [9, () => knownSegment(r, route, known)],
    [3, () => r.pick(BAD_PERCENT)],
    [1, () => `${knownSegment(r, route, known)}${r.pick(BAD_PERCENT)}`],
    [3, () => r.pick(TRAVERSAL)],
    [4, () => percentEncode(hostileText(r))],
    [1, () => percentEncode(r.pick(MARKUP)).replace(/%/g, "%25")],
    [2, () => ((n) => (r.chance(0.5) ? "a" : percentEncode(r.pick(MARKUP))).repeat(n).slice(0, n))(hugeLength(r))],
    [1, () => r.pick(["", "%20", "+", ";x=1", "999", "0", "-1", "003:161", "MISRATA", "misrata-", "a--b", "x".repeat(101)])],
  ])();
}

// ---- query strings ----

const PANELS = ["places", "articles", "sources", "countries", "closed"];
const STATE_KEYS: readonly string[] = Object.values(KEYS);
const FILTER_KEYS = ["a", "from", "to", "source", "what", "q"];
const ROUTE_KEYS: Record<Route, readonly string[]> = {
  "/": STATE_KEYS,
  "/articles/{id}": STATE_KEYS,
  "/api/places": FILTER_KEYS,
  "/api/places/{id}/mentions": [...FILTER_KEYS, "offset", "limit", "at"],
  "/api/view": FILTER_KEYS,
  "/api/articles": [...FILTER_KEYS, "offset", "limit", "sort", "title"],
  "/api/articles/{id}": [],
  "/api/export": [...FILTER_KEYS, "format", "p"],
  "/api/geoparse": [],
  "/api/og": ["p", "m"],
  "/api/gazetteer": [],
  unknown: STATE_KEYS,
};

function date(r: Rng): string {
  const y = r.pick(["2011", "2014", "2019", "2020", "2023", "0000", "9999", "20", "2020x"]);
  const m = r.pick(["01", "06", "12", "00", "13", "6"]);
  return r.chance(0.4) ? `${y}-${m}` : `${y}-${m}-${r.pick(["01", "15", "31", "00", "32", "29"])}`;
}

/** A plausible value for a key: what the app accepts, or just outside it (ranges, counts, shapes). */
function plausible(r: Rng, key: string, known: Known): string {
  const many = (xs: readonly string[], max: number, sep: string) => Array.from({ length: r.int(1, max) }, () => r.pick(xs)).join(sep);
  switch (key) {
    case "c":
      return `${(r.next() * 200 - 100).toFixed(r.int(0, 7))},${(r.next() * 400 - 200).toFixed(r.int(0, 7))}`;
    case "z":
      return r.pick(["3", "5", "9", "9.5", "16", "2", "17", "9.25", "-1", "1e3", ""]);
    case "p":
      return r.pick(known.placeIds);
    case "m":
    case "at":
      return r.chance(0.8) ? r.pick(known.mentionIds) : `${r.pick(known.articleIds)}:${r.int(0, 999_999_999_9)}`;
    case "panel":
      return r.pick(PANELS);
    case "a":
      return many(known.articleIds, r.chance(0.1) ? 260 : 6, ",");
    case "from":
    case "to":
      return date(r);
    case "source":
      return many(known.sources.length ? known.sources : ["Al Wasat"], r.chance(0.1) ? 60 : 4, "|");
    case "what":
    case "q":
    case "title":
      return many(TEXT, r.chance(0.1) ? 12 : 3, " ");
    case "lang":
      return r.pick(["ar", "en", "fr", "AR", ""]);
    case "offset":
      return r.pick(["0", "5", "10", "99999999", "-1", "1.5", "10000001", "0x10", ""]);
    case "limit":
      return r.pick(["1", "5", "100", "0", "101", "-5", "1e2", ""]);
    case "sort":
      return r.pick(["newest", "oldest", "NEWEST", "random"]);
    case "format":
      return r.pick(["csv", "geojson", "json", "xml", "CSV", ""]);
    default:
      return r.pick(["1", "true", "", "x"]);
  }
}

function hostileKey(r: Rng): string {
  return r.weighted<() => string>([
    [3, () => r.pick(MARKUP)],
    [2, () => "k".repeat(r.pick([64, 65, 200]))],
    [1, () => ""],
    [1, () => r.pick(["__proto__", "constructor", "toString", "hasOwnProperty", "a[]", "a[0]", "a.b"])],
    [2, () => hostileText(r)],
  ])();
}

/** A query string (with its `?`, or ""), as sent: keys of the route, repeats, hostile keys and values, raw oddities. */
export function query(r: Rng, route: Route, known: Known): string {
  if (r.chance(0.15)) return "";
  const own = ROUTE_KEYS[route];
  const pairs: string[] = [];
  // Most queries stay under Node's own 16 KiB head limit so they reach the app (and its 12,288
  // limit, 414); a few go past it, where Node answers a bare 431 before the app sees anything.
  const budget = r.weighted([[80, 4000], [12, 12_200], [5, 15_000], [3, 24_000]] as const);
  let length = 0;
  const count = r.weighted([[6, r.int(1, 4)], [2, r.int(5, 12)], [1, r.pick([63, 64, 65, 80])]] as const);
  for (let i = 0; i < count; i++) {
    const key = r.weighted<() => string>([
      [8, () => (own.length ? r.pick(own) : r.pick(STATE_KEYS))],
      [2, () => r.pick(STATE_KEYS)],
      [1, () => hostileKey(r)],
    ])();
    const value = r.weighted<() => string>([
      [11, () => plausible(r, key, known)],
      [8, () => hostileText(r)],
      [1, () => hugeText(r)],
    ])();
    const pair = `${percentEncode(key)}=${percentEncode(value)}`;
    const repeats = r.chance(0.08) ? r.int(2, 7) : 1;
    for (let k = 0; k < repeats; k++) {
      const room = budget - length;
      if (room <= 0) break;
      // a pair past the budget is cut, so that the budget's edge itself gets exercised
      const kept = pair.length <= room ? pair : pair.slice(0, room).replace(/%[0-9A-F]?$/, "");
      pairs.push(kept);
      length += kept.length + 1;
    }
  }
  let q = pairs.join("&");
  // what a hand-edited or malicious URL carries that no encoder writes
  if (r.chance(0.05)) q += `&${r.pick(["x", "q", "a"])}=${r.pick(BAD_PERCENT)}`;
  if (r.chance(0.03)) q = `&&=&${q}&=`;
  if (r.chance(0.03)) q = q.replace(/&/g, ";");
  if (r.chance(0.03)) q = q.replace(/%20/g, "+");
  if (r.chance(0.02)) q += `#${MARKER}`;
  return `?${q}`;
}

// ---- paths ----

function unknownPath(r: Rng, known: Known): string {
  const s = () => segment(r, "unknown", known);
  return r.pick<() => string>([
    () => `/${s()}`,
    () => `/api/${s()}`,
    () => r.pick(["/api", "/api/", "/articles", "/articles/", "/api/places/", "/api/places//mentions", "//api//places", "/API/PLACES", "/api/places;x=1", "/%2fapi%2fplaces", "/api%2Fplaces"]),
    () => `/api/places/${s()}`,
    () => `/api/places/${s()}/mentions/${s()}`,
    () => `/api/articles/${s()}/${s()}`,
    () => `/articles/${s()}/${s()}`,
    () => `/_next/${s()}`,
    () => `/_next/static/${s()}`,
    () => `/_next/static/chunks/${s()}.js`,
    () => `/_next/data/${s()}/index.json`,
    () => `/_next/image?url=${percentEncode(r.pick(["/icon.svg", "http://example.org/x.png", "//evil", `/<${MARKER}>`, "/api/og?p=misrata"]))}&w=${r.pick(["64", "0", "99999", "x"])}&q=${r.pick(["75", "0", "101"])}`,
    () => r.pick(["/favicon.ico", "/icon.svg", "/robots.txt", "/sitemap.xml", "/index.html", "/_khabar/not-found", "/.well-known/security.txt", "/.env", "/package.json", "/data/khabar.db", "/server.js"]),
    () => `/${r.pick(TRAVERSAL)}`,
    () => `/_next/static/${r.pick(TRAVERSAL)}`,
  ])();
}

function path(r: Rng, route: Route, known: Known): string {
  const s = () => segment(r, route, known);
  switch (route) {
    case "/articles/{id}":
      return `/articles/${s()}`;
    case "/api/places/{id}/mentions":
      return `/api/places/${s()}/mentions`;
    case "/api/articles/{id}":
      return `/api/articles/${s()}`;
    case "unknown":
      return unknownPath(r, known);
    default:
      // now and then a trailing slash or a doubled one on a fixed route
      return r.weighted([[20, route], [1, `${route}/`], [1, route === "/" ? "//" : route.replace(/^\//, "//")]] as const);
  }
}

// ---- bodies and content types ----

const CONTENT_TYPES = [
  "application/json",
  "application/json; charset=utf-8",
  "APPLICATION/JSON",
  "application/json;charset=latin1",
  "application/json, text/html",
  "application/jsonx",
  "application/geo+json",
  "text/plain",
  "text/html",
  "application/xml",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=----x",
  "multipart/form-data",
  "application/octet-stream",
  ";;;",
  "",
  `text/${MARKER}`,
];

/** Arabic news text of about `bytes` bytes of UTF-8 (the seeds' register: places, events). */
export function arabicText(bytes: number): string {
  const sentence = "اندلعت اشتباكات عنيفة في محيط ترهونة وغريان، وقصفت طائرة مسيرة مطار معيتيقة في طرابلس. ";
  const unit = utf8.encode(sentence).length;
  return sentence.repeat(Math.max(1, Math.ceil(bytes / unit)));
}

function bytesOf(s: string): Uint8Array {
  return utf8.encode(s);
}

/** A body and the Content-Type it goes with (undefined: none sent). */
function body(r: Rng): { type: string | undefined; body: Uint8Array } {
  const json = (): string =>
    r.pick<() => string>([
      () => JSON.stringify({ text: arabicText(r.pick([60, 400, 4000])) }),
      () => JSON.stringify({ text: `${r.pick(MARKUP)} ${r.pick(TEXT)} ${r.pick(MARKUP)}` }),
      () => JSON.stringify({ text: hostileText(r) }),
      () => JSON.stringify({ text: hugeText(r) }),
      () => JSON.stringify({ text: r.pick<unknown>([1, null, true, [], {}, ["طرابلس"], { text: "x" }]) }),
      () => JSON.stringify({ text: "طرابلس", [r.pick(["extra", MARKUP[0], "__proto__"])]: 1 }),
      () => JSON.stringify(r.pick<unknown>([null, [], "text", 42, [{ text: "طرابلس" }]])),
      () => `{"text": ${r.pick(MARKUP)}}`,
      () => `{"text": "${r.pick(TEXT)}"`,
      () => `{"__proto__": {"text": "x"}, "text": "طرابلس"}`,
      () => `${"[".repeat(r.pick([100, 10_000]))}${"]".repeat(r.pick([100, 10_000]))}`,
      () => `{"text": "\\ud800\\u0000${MARKER}"}`,
      () => `{"text": "a", "text": "<${MARKER}>"}`,
      () => JSON.stringify({ text: "ب".repeat(r.pick([52_000, 53_000])) }),
      () => "",
    ])();
  return r.weighted<() => { type: string | undefined; body: Uint8Array }>([
    [10, () => ({ type: r.chance(0.7) ? "application/json" : r.pick(CONTENT_TYPES), body: bytesOf(json()) })],
    [2, () => ({ type: r.pick(CONTENT_TYPES), body: bytesOf(hostileText(r)) })],
    [1, () => ({ type: "application/json", body: new Uint8Array([0x7b, 0x22, 0x74, 0x65, 0x78, 0x74, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0xaf, 0x22, 0x7d]) })],
    [1, () => ({ type: "application/json", body: new Uint8Array([0xef, 0xbb, 0xbf, ...bytesOf('{"text":"طرابلس"}')]) })],
    [1, () => ({ type: "application/json", body: new Uint8Array(Buffer.from('{"text":"طرابلس"}', "utf16le")) })],
    [1, () => ({ type: "application/x-www-form-urlencoded", body: bytesOf(`text=${percentEncode(r.pick(MARKUP))}&text=2`) })],
    [1, () => ({ type: "multipart/form-data; boundary=----x", body: bytesOf(`------x\r\nContent-Disposition: form-data; name="text"\r\n\r\n<${MARKER}>\r\n------x--\r\n`) })],
    [1, () => ({ type: "application/xml", body: bytesOf(`<?xml version="1.0"?><!DOCTYPE t [<!ENTITY x SYSTEM "file:///etc/passwd">]><t>&x;<${MARKER}/></t>`) })],
    [1, () => ({ type: r.pick(CONTENT_TYPES), body: bytesOf("ب".repeat(r.pick([40_000, 60_000]))) })],
    [1, () => ({ type: undefined, body: new Uint8Array(0) })],
  ])();
}

// ---- headers ----

/** Header values must be latin-1 without controls on the wire: the hostile ones stay ASCII. */
function extraHeaders(r: Rng): Record<string, string> {
  return r.pick<() => Record<string, string>>([
    () => ({ accept: r.pick(["text/html", "application/json", "*/*", "image/png", `text/${MARKER}`, ""]) }),
    () => ({ "accept-language": r.pick(["ar", "ar-LY,ar;q=0.9", "*", `<${MARKER}>`, "x".repeat(300)]) }),
    () => ({ "x-forwarded-proto": r.pick(["https", "http", `<${MARKER}>`]) }),
    () => ({ "x-forwarded-host": r.pick(["evil.example", `evil.example"><${MARKER}>`, "localhost:1"]) }),
    () => ({ host: r.pick(["evil.example", "127.0.0.1:1", `evil"><${MARKER}`, "[::1]", ""]) }),
    () => ({ cookie: r.pick([`a=<${MARKER}>`, "a".repeat(4000), "=;=;;"]) }),
    () => ({ origin: r.pick(["https://evil.example", "null", `<${MARKER}>`]) }),
    () => ({ referer: `https://evil.example/<${MARKER}>` }),
    () => ({ "user-agent": `<${MARKER}>` }),
    () => ({ range: r.pick(["bytes=0-10", "bytes=-1", "bytes=99999999-", "bytes=x"]) }),
    () => ({ "if-none-match": r.pick(['"x"', "*", `W/"<${MARKER}>"`]), "if-modified-since": r.pick(["Thu, 01 Jan 1970 00:00:00 GMT", "garbage"]) }),
    () => ({ "content-encoding": r.pick(["gzip", "br", "identity", "x"]) }),
    () => ({ rsc: "1", "next-router-state-tree": r.pick(["%5B%5D", `<${MARKER}>`, "x"]) }),
    () => ({ "next-action": r.pick(["x", "0".repeat(40)]) }),
    () => ({ "x-middleware-subrequest": "proxy:proxy:proxy:proxy:proxy" }),
    () => ({ "x-padding": "p".repeat(r.pick([10_000, 13_000])) }),
    () => Object.fromEntries(Array.from({ length: r.pick([90, 120]) }, (_, i) => [`x-h${i}`, "1"])),
  ])();
}

// ---- requests ----

const BODY_METHODS: ReadonlySet<Method> = new Set<Method>(["POST", "PUT", "PATCH", "DELETE"]);

function method(r: Rng, route: Route): Method {
  if (route === "/api/geoparse" && r.chance(0.6)) return "POST";
  return r.weighted<Method>([
    [45, "GET"],
    [10, "HEAD"],
    [15, "POST"],
    [8, "PUT"],
    [8, "DELETE"],
    [7, "PATCH"],
    [7, "OPTIONS"],
  ]);
}

/** One request to `route` with `method` (both drawn when not given). */
export function generateRequest(r: Rng, known: Known, route: Route = r.pick(ROUTES), m: Method = method(r, route)): FuzzRequest {
  const target = `${path(r, route, known)}${query(r, route, known)}`;
  const headers: Record<string, string> = r.chance(0.12) ? extraHeaders(r) : {};
  const req: FuzzRequest = { route, method: m, target, headers };
  if (BODY_METHODS.has(m) || r.chance(0.02)) {
    if (m === "GET" || m === "HEAD" || m === "OPTIONS" || !r.chance(0.1)) {
      const b = body(r);
      if (b.type !== undefined && !("content-type" in headers)) headers["content-type"] = b.type;
      req.body = b.body;
      req.chunked = r.chance(0.1);
    }
  }
  return req;
}

/**
 * `n` requests from `seed`: first every route with every method (so one run always covers them
 * all), then drawn at random. The same seed and store give the same requests.
 */
export function generateRequests(r: Rng, known: Known, n: number): FuzzRequest[] {
  const out: FuzzRequest[] = [];
  for (const route of ROUTES) for (const m of METHODS) out.push(generateRequest(r, known, route, m));
  while (out.length < n) out.push(generateRequest(r, known));
  return out;
}

/**
 * A concurrent burst: valid requests to the routes a reader's map calls, each expecting its status,
 * with heavy work among them (50 KB geoparse bodies, exports, preview images), and a quarter of
 * generated hostile requests mixed in, so that refusals and faults race with real work.
 */
export function generateBurst(r: Rng, known: Known, n: number): FuzzRequest[] {
  const fifty = bytesOf(JSON.stringify({ text: arabicText(50_000) }));
  const get = (route: Route, target: string, expect = 200): FuzzRequest => ({ route, method: "GET", target, headers: {}, expect });
  return Array.from({ length: n }, (): FuzzRequest => {
    const place = r.pick(known.placeIds);
    return r.weighted<() => FuzzRequest>([
      [6, () => get("/", r.chance(0.5) ? "/" : `/?p=${place}&z=9&lang=${r.pick(["ar", "en"])}`)],
      [10, () => get("/api/places", r.chance(0.5) ? "/api/places" : `/api/places?from=${r.pick(["2011", "2014", "2020"])}-${r.pick(["01", "06"])}`)],
      [10, () => get("/api/places/{id}/mentions", `/api/places/${place}/mentions?limit=5&offset=${r.int(0, 3) * 5}`)],
      [4, () => get("/api/view", "/api/view")],
      [4, () => get("/api/articles", `/api/articles?limit=20&sort=${r.pick(["newest", "oldest"])}`)],
      [3, () => get("/api/articles/{id}", `/api/articles/${r.pick(known.articleIds)}`)],
      [2, () => get("/articles/{id}", `/articles/${r.pick(known.articleIds)}`)],
      [2, () => ({ route: "/api/geoparse", method: "POST", target: "/api/geoparse", headers: { "content-type": "application/json" }, body: fifty, expect: 200 })],
      [1, () => get("/api/export", `/api/export?format=${r.pick(["csv", "geojson"])}`)],
      [1, () => get("/api/og", `/api/og?p=${place}`)],
      [1, () => get("unknown", `/${percentEncode(r.pick(MARKUP))}`, 404)],
      [15, () => generateRequest(r, known)],
    ])();
  });
}

/** A request as a reader can replay it: method, target (long ones shortened, with their length), headers, body. */
export function describeRequest(req: FuzzRequest): string {
  const cut = (s: string, n: number) => (s.length > n ? `${s.slice(0, n)}… (${s.length} chars)` : s);
  const headers = Object.entries(req.headers).map(([k, v]) => `${k}: ${cut(v, 80)}`);
  const parts = [`${req.method} ${cut(req.target, 300)}`];
  if (headers.length) parts.push(headers.length > 6 ? `${headers.length} headers (${headers.slice(0, 2).join(", ")}, …)` : headers.join("; "));
  if (req.body) parts.push(`body ${req.body.length} bytes${req.chunked ? " chunked" : ""}: ${JSON.stringify(cut(new TextDecoder().decode(req.body.slice(0, 200)), 160))}`);
  return parts.join(" | ");
}

import { Agent, request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { expect, test } from "@playwright/test";
import { findReflection } from "../lib/http/fuzz/reflection";
import { HEAVY_ROUTES, describeRequest, generateBurst, generateRequests, type FuzzRequest, type Known } from "../lib/http/fuzz/requests";
import { Rng, freshSeed } from "../lib/http/fuzz/rng";
import { Histogram, quantile } from "../lib/http/fuzz/stats";

// The project's own fuzz suite (issue 15), against the production build: thousands of generated
// requests on every route with every method (hostile paths, queries, headers, bodies and content
// types; generators in lib/http/fuzz), then a concurrent burst. It fails on any 5xx but the heavy
// routes' documented load shedding, any answer slower than 5 s, any reflected payload
// (lib/http/fuzz/reflection.ts says exactly what counts), a traversal that serves a file, or a
// server that stops answering. reliability.spec.ts holds the targeted checks (limits, CSP, the
// heavy limit's latency); this one is breadth. The test command runs a fixed seed, so a CI run is
// repeatable and a red run is a regression, not a new draw; FUZZ_SEED=random draws a fresh one
// (printed) to explore, and FUZZ_SEED=<seed> replays any run against the same store.
//
// Requests go out through node:http rather than Playwright's `request` or fetch: both normalise
// the URL (`..` resolved, `%zz` re-encoded), and a raw request line is the point of half of them.
// No browser is opened, so the test comes from @playwright/test itself rather than ./fixtures
// (whose network guard and console check watch a page).

/** A seed whose 5,800 requests the app answers without a fault today (found by a random draw). */
const DEFAULT_SEED = 1914668906;
const SEED = process.env.FUZZ_SEED === "random" ? freshSeed() : process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : DEFAULT_SEED;
const REQUESTS = Math.max(5000, Number(process.env.FUZZ_REQUESTS ?? 5200));
const BURST = 600;
/** Slower than this is a failure: no request of ours, hostile or not, should take it. */
const SLOW_MS = 5000;
/** The client gives up here, so a hung request is reported rather than hanging the run. */
const TIMEOUT_MS = 15_000;
/** Bodies are kept up to this for the reflection check; the largest answer (the CSV export of the seeds) is ~100 KB. */
const KEEP_BYTES = 4 << 20;

type Answer = { status: number; ms: number; type: string | undefined; body: string; headers: IncomingHttpHeaders };
type Outcome = Answer | { error: string; ms: number };

function send(base: URL, agent: Agent, req: FuzzRequest): Promise<Outcome> {
  return new Promise((resolve) => {
    const started = performance.now();
    const ms = () => Math.round(performance.now() - started);
    const headers: Record<string, string> = { ...req.headers };
    if (req.body && !req.chunked) headers["content-length"] = String(req.body.length);
    // A server may answer before reading a body it does not want and close the socket while the
    // client still writes: the write fails, but the answer already came. As curl does, the answer
    // counts once its head has arrived.
    let answered = false;
    let r: ReturnType<typeof httpRequest>;
    try {
      r = httpRequest(
        // A browser reads response heads far larger than Node's 16 KiB default (Next's redirect of
        // `//?…` repeats the whole URL in Location and Refresh), so this client does too.
        { host: base.hostname, port: base.port, method: req.method, path: req.target, headers, agent, setHost: !("host" in headers), maxHeaderSize: 1 << 20 },
        (res) => {
          answered = true;
          const chunks: Buffer[] = [];
          let size = 0;
          const settle = () =>
            resolve({ status: res.statusCode ?? 0, ms: ms(), type: res.headers["content-type"], body: Buffer.concat(chunks).toString("utf8"), headers: res.headers });
          res.on("data", (c: Buffer) => {
            if (size < KEEP_BYTES) chunks.push(c);
            size += c.length;
          });
          res.on("end", settle);
          res.on("close", settle);
          res.on("error", settle);
        },
      );
    } catch (e) {
      // Node's client refuses the request before sending it: a generator bug, not the server's.
      resolve({ error: `not sent: ${(e as Error).message}`, ms: 0 });
      return;
    }
    r.setTimeout(TIMEOUT_MS, () => r.destroy(new Error(`no answer in ${TIMEOUT_MS} ms`)));
    r.on("error", (e: NodeJS.ErrnoException) => {
      if (!answered) resolve({ error: e.code ?? e.message, ms: ms() });
    });
    if (req.body && req.chunked) {
      const half = Math.floor(req.body.length / 2);
      r.write(req.body.subarray(0, half));
      r.write(req.body.subarray(half));
    } else if (req.body) r.write(req.body);
    r.end();
  });
}

/** The heavy-work limit's refusal (lib/http/heavy-limit.ts): load shedding by design, not a fault. */
function isShed(req: FuzzRequest, a: Answer): boolean {
  return HEAVY_ROUTES.has(req.route) && a.status === 503 && /^\d+$/.test(String(a.headers["retry-after"])) && a.body.startsWith('{"error":"the server is busy');
}

/** What only a file read through a traversal would put in a body. */
const LEAKS = [/root:x:0:0:/, /"name":\s*"khabar-map"/, /^SQLite format 3/, /\[core\]\s*repositoryformatversion/];

/**
 * Failures grouped by what failed and where (status or error, route, the extra headers sent), so
 * one fault hit 40 times reads as one line with its count and first request.
 */
type Failures = Map<string, { count: number; first: string }>;
type Tally = { histogram: Histogram; failures: Failures; ms: number[]; shed: number; okByRoute: Map<string, number> };

function fail(t: Tally, what: string, req: FuzzRequest, detail: string): void {
  const key = `${what} on ${req.route}${Object.keys(req.headers).length ? ` with ${Object.keys(req.headers).filter((h) => h !== "content-type" && !h.startsWith("x-h")).join(", ") || "content-type"}` : ""}`;
  const g = t.failures.get(key);
  if (g) g.count++;
  else t.failures.set(key, { count: 1, first: `${detail}: ${describeRequest(req)}` });
}

/** Bodies this large outlast the socket buffers: a server that answers without reading them may reset the upload before its answer is read. */
const UNREAD_BODY_BYTES = 32 * 1024;

/**
 * Node's HTTP server refuses a request head (request line and headers) past 16 KiB itself, with a
 * bare 431 and a closed socket, before the app sees it: the client may see the 431 or only the
 * reset. The margin covers the headers Node's client adds (Host, Connection, Content-Length).
 */
const NODE_HEAD_LIMIT = 16 * 1024;
function headBytes(req: FuzzRequest): number {
  return req.method.length + req.target.length + 12 + Object.entries(req.headers).reduce((n, [k, v]) => n + k.length + v.length + 4, 0);
}

function check(req: FuzzRequest, out: Outcome, t: Tally): void {
  if (headBytes(req) > NODE_HEAD_LIMIT - 100) {
    // Past (or at the edge of) Node's limit: a 431 or a reset is Node's answer, anything else is checked as usual.
    if ("error" in out || out.status === 431) {
      t.histogram.add(`node ${"error" in out ? out.error : 431}`);
      return;
    }
  }
  if ("error" in out) {
    if (out.error === "ECONNRESET" && (req.body?.length ?? 0) > UNREAD_BODY_BYTES) {
      // The server closed while the large body was still going up (it answered without reading
      // it); that it still answers is checked after every phase (expectAlive).
      t.histogram.add("reset during upload");
      return;
    }
    t.histogram.add(out.error);
    fail(t, `no answer (${out.error})`, req, `after ${out.ms} ms`);
    return;
  }
  t.histogram.add(out.status);
  t.ms.push(out.ms);
  if (out.status >= 200 && out.status < 300) t.okByRoute.set(`${req.method} ${req.route}`, (t.okByRoute.get(`${req.method} ${req.route}`) ?? 0) + 1);
  if (out.status >= 500) {
    if (isShed(req, out)) t.shed++;
    else fail(t, `${out.status}`, req, `${JSON.stringify(out.body.slice(0, 120))} (the server log above has its stack)`);
  }
  if (req.expect !== undefined && out.status !== req.expect && !isShed(req, out)) fail(t, `${out.status}, not ${req.expect}, for a valid request`, req, JSON.stringify(out.body.slice(0, 120)));
  if (out.ms > SLOW_MS) fail(t, "slower than 5 s", req, `${out.ms} ms for ${out.status}`);
  const reflected = findReflection(out.type, out.body, out.headers);
  if (reflected) fail(t, "reflected payload", req, reflected);
  const leak = LEAKS.find((re) => re.test(out.body));
  if (leak) fail(t, "served a file", req, leak.source);
}

/** Sends every request over `connections` kept-alive sockets at once; returns the tally and the seconds taken. */
async function sendAll(base: URL, requests: readonly FuzzRequest[], connections: number): Promise<Tally & { seconds: number }> {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const t: Tally = { histogram: new Histogram(), failures: new Map(), ms: [], shed: 0, okByRoute: new Map() };
  const t0 = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < requests.length) {
        const req = requests[next++]!;
        check(req, await send(base, agent, req), t);
      }
    }),
  );
  agent.destroy();
  return { ...t, seconds: (performance.now() - t0) / 1000 };
}

function summary(label: string, t: Tally & { seconds: number }, total: number): string {
  const lat = `p50 ${quantile(t.ms, 0.5)} ms, p99 ${quantile(t.ms, 0.99)} ms, max ${quantile(t.ms, 1)} ms`;
  return `fuzz ${label} (seed ${SEED}): ${total} requests in ${t.seconds.toFixed(1)} s; statuses ${t.histogram.format()}; ${lat}${t.shed ? `; ${t.shed} heavy requests shed with 503 + Retry-After` : ""}`;
}

/** The failures, one line per group: count, what and where, then the first request that hit it. */
function failureLines(t: Tally): string[] {
  return [...t.failures].map(([what, g]) => `${g.count}× ${what}; first: ${g.first}`);
}

function failureReport(t: Tally): string {
  const n = [...t.failures.values()].reduce((s, g) => s + g.count, 0);
  return `${n} failing requests in ${t.failures.size} groups (replay: FUZZ_SEED=${SEED} FUZZ_REQUESTS=${REQUESTS})`;
}

/** "/" and /api/places still answer, within the slow limit. */
async function expectAlive(base: URL): Promise<void> {
  const agent = new Agent({ keepAlive: false });
  for (const target of ["/", "/api/places"]) {
    const out = await send(base, agent, { route: target === "/" ? "/" : "/api/places", method: "GET", target, headers: {} });
    expect("error" in out ? out.error : out.status, `${target} after the fuzz (seed ${SEED})`).toBe(200);
    expect(out.ms, `${target} answer time after the fuzz`).toBeLessThan(SLOW_MS);
  }
}

let known: Known;

test.beforeAll(async ({ request }) => {
  // What the served store holds, so that part of the requests get past validation to the handlers.
  const places = (await (await request.get("/api/places")).json()) as { features: { id: string }[] };
  const articles = (await (await request.get("/api/articles?limit=100")).json()) as { articles: { id: string; source?: string }[] };
  const placeIds = places.features.map((f) => f.id);
  const mentionIds: string[] = [];
  for (const id of placeIds.slice(0, 5)) {
    const page = (await (await request.get(`/api/places/${id}/mentions?limit=20`)).json()) as { mentions: { id: string }[] };
    mentionIds.push(...page.mentions.map((m) => m.id));
  }
  known = {
    placeIds,
    articleIds: articles.articles.map((a) => a.id),
    mentionIds,
    sources: [...new Set(articles.articles.flatMap((a) => (a.source ? [a.source] : [])))],
  };
  expect(known.placeIds.length).toBeGreaterThan(0);
  expect(known.articleIds.length).toBeGreaterThan(0);
  expect(known.mentionIds.length).toBeGreaterThan(0);
});

test(`${REQUESTS} generated requests on every route and method: no 5xx, none slower than 5 s, no reflected payload`, async ({ baseURL }) => {
  test.setTimeout(240_000);
  const base = new URL(baseURL!);
  const requests = generateRequests(new Rng(SEED), known, REQUESTS);
  // Four sockets: enough to keep the server busy, few enough to leave a core to the other tests.
  const t = await sendAll(base, requests, 4);
  console.log(summary("requests", t, requests.length));
  expect(failureLines(t), failureReport(t)).toEqual([]);
  // The fuzz reached the handlers: every route answered some GET with a 2xx, not only refusals.
  const served = ["/", "/articles/{id}", "/api/places", "/api/places/{id}/mentions", "/api/view", "/api/articles", "/api/articles/{id}", "/api/export", "/api/og", "/api/gazetteer"].map((r) => `GET ${r}`);
  for (const key of [...served, "POST /api/geoparse"]) expect(t.okByRoute.get(key) ?? 0, `2xx answers to ${key}`).toBeGreaterThan(0);
  expect(t.histogram.count(404), "unknown paths answered 404").toBeGreaterThan(0);
  await expectAlive(base);
});

test(`a burst of ${BURST} requests over 16 connections (valid ones with 50 KB geoparse bodies among them, hostile ones mixed in): every valid one served, no fault, and the server answers after`, async ({ baseURL }) => {
  test.setTimeout(120_000);
  const base = new URL(baseURL!);
  const requests = generateBurst(new Rng(SEED ^ 0x5eed), known, BURST);
  // 16 at once: twice the browser's per-host connection count, and on this 2-core machine, shared
  // with other test runs, more would measure the scheduler rather than the server.
  const t = await sendAll(base, requests, 16);
  console.log(summary("burst", t, requests.length));
  expect(failureLines(t), failureReport(t)).toEqual([]);
  // Every valid request got its status (checked in check()); the heavy ones may have been shed, but not most of them.
  expect(t.histogram.count(200)).toBeGreaterThan(requests.filter((q) => q.expect === 200).length * 0.8);
  await expectAlive(base);
});

/**
 * Load (issue 15): requests per second and p50/p95/p99 latency of "/", /api/places and a page of
 * quotes of the most mentioned place, each under 50 concurrent connections for 10 s (autocannon),
 * against the last build serving a store of 10,000 synthetic articles (scripts/synth-store.ts).
 * Then "cheap routes under load": /api/places again while 64 POST /api/geoparse requests of 50 KB
 * are kept in flight (each sent again as soon as it is answered), so the heavy-work limit stays
 * saturated for the whole measurement. Figures only: nothing is asserted, timings depend on the
 * machine. BENCH_LOAD_ARTICLES=N and BENCH_LOAD_SECONDS=S change the store size and durations.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { arabicText } from "../../lib/http/fuzz/requests";
import { quantile } from "../../lib/http/fuzz/stats";
import { serveBuild } from "../serve-build";

const ARTICLES = Number(process.env.BENCH_LOAD_ARTICLES ?? 10_000);
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const CONNECTIONS = 50;
const HEAVY_IN_FLIGHT = 64;

// autocannon 8 ships no types; this is the part of its API used here.
type Instance = {
  on(event: "response", f: (client: unknown, statusCode: number, bytes: number, responseTimeMs: number) => void): void;
  then: Promise<Result>["then"];
};
type Result = { requests: { total: number }; duration: number; errors: number; timeouts: number; non2xx: number; statusCodeStats: Record<string, { count: number }> };
type Autocannon = (opts: { url: string; connections: number; duration?: number; amount?: number; timeout: number }) => Instance;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/**
 * One autocannon run of SECONDS, or of `amount` requests when given (then every request sent is
 * waited for, so a latency longer than the run is counted, not dropped when the clock stops).
 * Latency quantiles from every response's own time (autocannon's table has no p95).
 */
async function measure(url: string, amount?: number): Promise<{ seconds: number; rps: number; p50: number; p95: number; p99: number; total: number; codes: string; errors: number }> {
  const times: number[] = [];
  // A 30 s timeout rather than autocannon's 10 s: a request held past the run's end still gives its
  // latency instead of vanishing as an error (the page under 50 connections, /api/places under load).
  const instance = autocannon({ url, connections: CONNECTIONS, ...(amount ? { amount } : { duration: SECONDS }), timeout: 30 });
  instance.on("response", (_c, _s, _b, ms) => times.push(ms));
  const r = await instance;
  const codes = Object.entries(r.statusCodeStats).map(([code, { count }]) => `${code}×${count}`).join(" ");
  return { seconds: r.duration, rps: r.requests.total / r.duration, p50: quantile(times, 0.5), p95: quantile(times, 0.95), p99: quantile(times, 0.99), total: r.requests.total, codes, errors: r.errors + r.timeouts };
}

function line(label: string, m: Awaited<ReturnType<typeof measure>>): string {
  const ms = (x: number) => `${x.toFixed(1)} ms`;
  return `${label}: ${m.rps.toFixed(0)} req/s, p50 ${ms(m.p50)}, p95 ${ms(m.p95)}, p99 ${ms(m.p99)} (${m.total} requests in ${m.seconds.toFixed(1)} s, ${m.codes}${m.errors ? `, ${m.errors} errors or timeouts` : ""})`;
}

/** Keeps `n` geoparse requests in flight until `stop()`; counts the answers by status. */
function heavyLoad(base: string, n: number): { stop: () => Promise<Map<number | string, number>> } {
  const body = JSON.stringify({ text: arabicText(50_000) });
  const statuses = new Map<number | string, number>();
  let running = true;
  const loops = Array.from({ length: n }, async () => {
    while (running) {
      let status: number | string;
      try {
        const res = await fetch(`${base}/api/geoparse`, { method: "POST", headers: { "content-type": "application/json" }, body });
        await res.arrayBuffer();
        status = res.status;
        // A refusal says when to come back, and this client does as told: resending at once would
        // measure 50 KB uploads refused in a loop, not the cheap routes beside a full heavy queue.
        // 46 of the 64 loops wait at a time, enough to refill the 18 places (2 running, 16 queued) as they free up.
        if (status === 503) await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get("retry-after") ?? 2)));
      } catch {
        status = "error";
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return statuses;
    },
  };
}

export async function run(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "khabar-load-"));
  const db = join(dir, "k.db");
  try {
    const t0 = performance.now();
    const made = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/synth-store.ts", "--articles", String(ARTICLES), "--db", db], { encoding: "utf8" });
    if (made.status !== 0) {
      console.log(`load: could not build the store of ${ARTICLES} articles: ${made.stderr.trim().slice(0, 500)}`);
      return;
    }
    console.log(`store of ${ARTICLES} synthetic articles built in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const served = await serveBuild({ KHABAR_DB: db });
    if (!served) {
      console.log("load: no build to serve (run npm run build first)");
      return;
    }
    try {
      const places = (await (await fetch(`${served.url}/api/places`)).json()) as { features: { id: string; properties: { count: number } }[] };
      const top = places.features.reduce((a, b) => (b.properties.count > a.properties.count ? b : a));
      const quotes = `/api/places/${top.id}/mentions?limit=5`;
      // one request each first: the routes' cold start (store open, counting index load) is not load
      for (const path of ["/", "/api/places", quotes]) await (await fetch(`${served.url}${path}`)).arrayBuffer();
      // The figures depend on what else the machine runs: its load is printed with them.
      console.log(`${CONNECTIONS} connections, ${SECONDS} s each, ${ARTICLES} articles (quotes of ${top.id}, ${top.properties.count} mentions); load average ${loadavg()[0]!.toFixed(1)}:`);
      for (const path of ["/", "/api/places", quotes]) console.log(`   ${line(`GET ${path}`, await measure(`${served.url}${path}`))}`);

      const heavy = heavyLoad(served.url, HEAVY_IN_FLIGHT);
      // let the heavy-work queue fill before measuring
      await new Promise((r) => setTimeout(r, 1000));
      // A fixed number of requests rather than 10 s: under this load one answer can take longer
      // than the whole run, and a timed run would drop exactly the slow answers.
      const underLoad = await measure(`${served.url}/api/places`, CONNECTIONS * 4);
      const load = loadavg()[0]!.toFixed(1);
      const statuses = await heavy.stop();
      const answered = [...statuses].sort(([a], [b]) => String(a).localeCompare(String(b))).map(([s, n]) => `${s}×${n}`).join(" ");
      console.log(`   ${line(`GET /api/places while ${HEAVY_IN_FLIGHT} POST /api/geoparse of 50 KB are in flight`, underLoad)}; the geoparse requests meanwhile: ${answered}; load average ${load}`);
    } finally {
      served.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

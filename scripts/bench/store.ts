/**
 * The store at scale (issue "A real corpus, part 2"): ingest of 10,000 and 100,000 synthetic
 * articles (scripts/synthetic-corpus.ts: the seeds' sentences, 2011-2025, 40 outlets), one
 * transaction per article as `npm run ingest` writes them; then, on the 100,000-article store,
 * place counts and pages of quotes under random combinations of dates, outlets and a topic; and a
 * server started on it (time to its first answer, "/" HTML gzip, memory). Each figure is printed
 * beside the file-based index it replaces where one exists (the index built from the texts at
 * every start). BENCH_STORE_ARTICLES=N sets the large corpus size.
 */
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildCorpusIndex } from "../../lib/corpus/build-index";
import { loadGazetteer } from "../../lib/gazetteer/load";
import { geoparse } from "../../lib/geoparse/geoparse";
import { importSeeds, openStore, seedsDir } from "../../lib/store";
import type { CorpusFilter, Store } from "../../lib/store/types";
import { serveBuild } from "../serve-build";
import { seedSentences, SYNTHETIC_OUTLETS, syntheticArticle } from "../synthetic-corpus";
import { prng } from "./geoparse";

const SMALL = 10_000;
const LARGE = Number(process.env.BENCH_STORE_ARTICLES ?? 100_000);
const TOPICS = ["طائرة مسيرة", "قصف", "نفط", "مرتزقة", "وقف إطلاق النار", "قوات", "الحكومة", "اجتماع", "مطار", "تركيا"];

/** Fills a new store at `path` with n synthetic articles, one transaction each; returns seconds and MB. */
function ingest(path: string, n: number, sentences: readonly string[]): { s: number; mb: number; store: Store } {
  const store = openStore({ path });
  importSeeds(store, seedsDir());
  let bytes = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const a = syntheticArticle(i, sentences);
    bytes += Buffer.byteLength(a.text);
    store.addArticles([a]);
    if (i > 0 && i % 20_000 === 0) process.stdout.write(`   … ${i} articles\n`);
  }
  return { s: (performance.now() - t0) / 1000, mb: bytes / 1e6, store };
}

/** The file-based index of the same articles: geoparsed again at every server start. */
function fileIndexSeconds(n: number, sentences: readonly string[]): number {
  const gazetteer = loadGazetteer();
  const articles = Array.from({ length: n }, (_, i) => {
    const a = syntheticArticle(i, sentences);
    return { id: `s${i}`, file: `s${i}.txt`, title: a.title, published: a.published, text: a.text };
  });
  const t0 = performance.now();
  buildCorpusIndex(articles, { parse: (t) => geoparse(t, gazetteer), placeById: (id) => gazetteer.byId.get(id) });
  return (performance.now() - t0) / 1000;
}

/** A random view filter: maybe a date range, maybe 1-3 outlets, maybe a topic. */
function randomFilter(random: () => number): CorpusFilter {
  const f: CorpusFilter = {};
  if (random() < 0.6) {
    const year = 2011 + Math.floor(random() * 15);
    const months = 1 + Math.floor(random() * 24);
    const end = new Date(Date.UTC(year, months, 0)).toISOString().slice(0, 10);
    f.from = `${year}-01-01`;
    f.to = end;
  }
  if (random() < 0.5) f.sources = Array.from({ length: 1 + Math.floor(random() * 3) }, () => SYNTHETIC_OUTLETS[Math.floor(random() * 40)]!);
  if (random() < 0.5) f.q = TOPICS[Math.floor(random() * TOPICS.length)]!;
  return f;
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${at(0.5).toFixed(1)} ms, p95 ${at(0.95).toFixed(1)} ms, max ${s.at(-1)!.toFixed(1)} ms (${s.length} filters)`;
}

function timed(f: () => unknown): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

/** Resident memory of a process, from /proc (Linux), in MB. */
function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

export async function run(): Promise<void> {
  const sentences = seedSentences(seedsDir());
  const dir = mkdtempSync(join(tmpdir(), "khabar-bench-"));
  try {
    const small = ingest(join(dir, "small.db"), SMALL, sentences);
    small.store.close();
    console.log(`ingest ${SMALL} articles (${small.mb.toFixed(1)} MB): ${small.s.toFixed(1)} s, ${Math.round(SMALL / small.s)} articles/s, ${(small.mb / small.s).toFixed(2)} MB/s`);
    console.log(`   file-based index of the same ${SMALL} articles, rebuilt at every start: ${fileIndexSeconds(SMALL, sentences).toFixed(1)} s`);

    const path = join(dir, "large.db");
    const large = ingest(path, LARGE, sentences);
    console.log(`ingest ${LARGE} articles (${large.mb.toFixed(1)} MB): ${large.s.toFixed(1)} s, ${Math.round(LARGE / large.s)} articles/s, ${(large.mb / large.s).toFixed(2)} MB/s; database ${(statSync(path).size / 1e6).toFixed(0)} MB`);

    const store = large.store;
    const random = prng(7);
    const first = timed(() => store.placeCounts());
    console.log(`counting index of ${LARGE} articles loaded in ${first.toFixed(0)} ms (once per server process)`);
    const counts: number[] = [];
    const quotes: number[] = [];
    const places = [...store.placeCounts()].filter(([, n]) => n > 50).map(([id]) => id);
    for (let i = 0; i < 200; i++) {
      const f = randomFilter(random);
      counts.push(timed(() => store.placeCounts(f)));
      const place = places[Math.floor(random() * places.length)]!;
      quotes.push(timed(() => store.quotes(place, f, { offset: Math.floor(random() * 3) * 5, limit: 5 })));
    }
    console.log(`place counts under dates × outlets × topic, ${LARGE} articles: ${stats(counts)}`);
    console.log(`a page of 5 quotes under the same filters: ${stats(quotes)}`);
    store.close();

    const served = await serveBuild({ KHABAR_DB: path });
    if (!served) {
      console.log("server: no build to serve (run npm run build first)");
      return;
    }
    try {
      console.log(`server start on ${LARGE} stored articles, to its first answer of "/": ${(served.startMs / 1000).toFixed(2)} s (no geoparsing)`);
      const html = Buffer.from(await (await fetch(`${served.url}/`)).arrayBuffer());
      console.log(`"/" HTML with ${LARGE} articles: ${(html.length / 1024).toFixed(1)} KB, ${(gzipSync(html).length / 1024).toFixed(1)} KB gzip`);
      const http: number[] = [];
      for (let i = 0; i < 40; i++) {
        const f = randomFilter(random);
        const q = new URLSearchParams();
        if (f.from) q.set("from", f.from);
        if (f.to) q.set("to", f.to);
        if (f.sources) q.set("source", f.sources.join("|"));
        if (f.q) q.set("what", f.q);
        const t0 = performance.now();
        await (await fetch(`${served.url}/api/places?${q}`)).arrayBuffer();
        http.push(performance.now() - t0);
      }
      console.log(`GET /api/places under random filters over HTTP: ${stats(http)}`);
      const rss = rssMb(served.pid);
      console.log(`server memory (RSS) with ${LARGE} articles after those requests: ${rss === undefined ? "unknown" : `${rss.toFixed(0)} MB`}`);
    } finally {
      served.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Corpus index and page weight: time to build the index (one geoparse pass, sentences, excerpts,
 * summaries) for the seeds and for 10,000 synthetic articles made of seed paragraphs, and the
 * first-load JavaScript of the map page from the last `next build` ($NEXT_DIST_DIR or .next).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { loadGazetteer } from "../../lib/gazetteer/load";
import { geoparse } from "../../lib/geoparse/geoparse";
import { buildCorpusIndex, type IndexSources } from "../../lib/corpus/build-index";
import { readSeeds } from "../../lib/corpus/read-seeds";
import type { Article } from "../../lib/corpus/types";
import { prng } from "./geoparse";
import { serveBuild } from "../serve-build";

const SYNTHETIC_ARTICLES = 10_000;
const PARAGRAPHS_PER_ARTICLE = 6;

/** `n` articles of shuffled seed paragraphs, each with an id and a published range in 2019–2021. */
function syntheticArticles(seeds: readonly Article[], n: number): Article[] {
  const paragraphs = seeds.flatMap((a) => a.text.split("\n")).filter((p) => p.trim().length > 40);
  const random = prng(2020);
  const articles: Article[] = [];
  for (let i = 0; i < n; i++) {
    const parts: string[] = [];
    for (let j = 0; j < PARAGRAPHS_PER_ARTICLE; j++) parts.push(paragraphs[Math.floor(random() * paragraphs.length)]!);
    const day = new Date(Date.UTC(2019, 0, 1) + Math.floor(random() * 1000) * 86_400_000).toISOString().slice(0, 10);
    const id = `s${String(i).padStart(5, "0")}`;
    articles.push({ id, file: `${id}_synthetic.txt`, title: parts[0]!.slice(0, 60), published: { from: day, to: day }, text: parts.join("\n") });
  }
  return articles;
}

function time<T>(f: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = f();
  return { ms: performance.now() - t0, value };
}

/**
 * The HTML a reader gets for "/" from the last build. The page reads its query string, so it is
 * rendered per request, not written at build: serve the build for a moment and ask it.
 */
async function servedHome(distDir: string): Promise<Buffer | undefined> {
  if (!existsSync(join(distDir, "BUILD_ID"))) return undefined;
  const served = await serveBuild();
  if (!served) return undefined;
  try {
    return Buffer.from(await (await fetch(`${served.url}/`)).arrayBuffer());
  } finally {
    served.stop();
  }
}

/** The script chunks the HTML of "/" loads, and the lazily loaded chunks of its page. */
function firstLoadScripts(distDir: string, html: Buffer): { initial: string[]; lazy: string[] } {
  // Every <script src> of ours, except the noModule polyfills modern browsers never fetch.
  const srcs = [...html.toString("utf8").matchAll(/<script\b([^>]*)>/g)]
    .filter((m) => !/\bnomodule\b/i.test(m[1]!))
    .map((m) => /\bsrc="\/_next\/(static\/[^"]+\.js)"/.exec(m[1]!)?.[1])
    .filter((f): f is string => f !== undefined);
  const initial = [...new Set(srcs)];
  const manifest = join(distDir, "server/app/page/react-loadable-manifest.json");
  const lazy = existsSync(manifest)
    ? Object.values(JSON.parse(readFileSync(manifest, "utf8")) as Record<string, { files: string[] }>)
        .flatMap((e) => e.files)
        .filter((f) => f.endsWith(".js") && !initial.includes(f))
    : [];
  return { initial, lazy };
}

function weigh(distDir: string, files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const body = readFileSync(join(distDir, f));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function run(): Promise<void> {
  const gazetteer = loadGazetteer();
  const sources: IndexSources = { parse: (t) => geoparse(t, gazetteer), placeById: (id) => gazetteer.byId.get(id) };

  const seeds = readSeeds(join(process.cwd(), "seeds"));
  buildCorpusIndex(seeds.articles, sources); // warm-up (JIT, gazetteer caches)
  let best = Infinity;
  let seedIndex = buildCorpusIndex(seeds.articles, sources);
  for (let i = 0; i < 5; i++) {
    const r = time(() => buildCorpusIndex(seeds.articles, sources));
    best = Math.min(best, r.ms);
    seedIndex = r.value;
  }
  const seedMentions = [...seedIndex.mentionsByArticle.values()].reduce((n, l) => n + l.length, 0);
  console.log(
    `index, seeds: ${seeds.articles.length} articles, ${seedMentions} mentions, ${seedIndex.places.length} places: ${best.toFixed(1)} ms (best of 5)`,
  );

  const synthetic = syntheticArticles(seeds.articles, SYNTHETIC_ARTICLES);
  const bytes = synthetic.reduce((n, a) => n + Buffer.byteLength(a.text, "utf8"), 0);
  const big = time(() => buildCorpusIndex(synthetic, sources));
  const bigMentions = [...big.value.mentionsByArticle.values()].reduce((n, l) => n + l.length, 0);
  console.log(
    `index, synthetic: ${SYNTHETIC_ARTICLES} articles (${(bytes / 1e6).toFixed(1)} MB), ${bigMentions} mentions, ` +
      `${big.value.places.length} places: ${(big.ms / 1000).toFixed(2)} s ` +
      `(${Math.round(SYNTHETIC_ARTICLES / (big.ms / 1000))} articles/s, ${(bytes / 1e6 / (big.ms / 1000)).toFixed(2)} MB/s)`,
  );

  const distDir = join(process.cwd(), process.env.NEXT_DIST_DIR ?? ".next");
  const html = await servedHome(distDir);
  if (!html) {
    console.log(`first-load JS of /: no build to serve in ${distDir} (run npm run build first)`);
    return;
  }
  const scripts = firstLoadScripts(distDir, html);
  const initial = weigh(distDir, scripts.initial);
  const lazy = weigh(distDir, scripts.lazy);
  console.log(
    `first-load JS of /: ${kb(initial.gzip)} gzip (${kb(initial.raw)} raw, ${scripts.initial.length} chunks); ` +
      `map chunk loaded after hydration: ${kb(lazy.gzip)} gzip (${kb(lazy.raw)} raw); ` +
      `HTML with place summaries and basemap: ${kb(gzipSync(html, { level: 9 }).length)} gzip (${kb(html.length)} raw)`,
  );
}

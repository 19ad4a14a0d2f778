/**
 * Geoparser throughput: MB/s (1 MB = 10^6 bytes of UTF-8) over a corpus of at least 5 MB made
 * of the seeds' paragraphs, shuffled into article-sized texts; once with the curated gazetteer
 * and once with a synthetic one 100 times larger, to show the cost does not grow with names.
 */
import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildGazetteer } from "../../lib/gazetteer/build";
import { GAZETTEER_FILES } from "../../lib/gazetteer/files";
import type { Place } from "../../lib/gazetteer/place";
import type { Gazetteer } from "../../lib/gazetteer/types";
import { geoparse } from "../../lib/geoparse/geoparse";

const TARGET_BYTES = 5_500_000;
const PARAGRAPHS_PER_ARTICLE = 8;

/** A small deterministic PRNG (mulberry32), so every run measures the same corpus. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Articles of shuffled seed paragraphs until their UTF-8 size reaches `bytes`. */
export function buildCorpus(paragraphs: readonly string[], bytes: number, random = prng(42)): string[] {
  const articles: string[] = [];
  let total = 0;
  while (total < bytes) {
    const parts: string[] = [];
    for (let i = 0; i < PARAGRAPHS_PER_ARTICLE; i++) parts.push(paragraphs[Math.floor(random() * paragraphs.length)]!);
    const text = parts.join("\n");
    articles.push(text);
    total += Buffer.byteLength(text, "utf8");
  }
  return articles;
}

const LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي";
const FIRST_WORDS = ["عين", "بئر", "وادي", "سيدي", "أبو", "قصر", "مطار", "قاعدة", "حي", "رأس"];

/**
 * `n` synthetic places with random Arabic names of 6-9 letters (so they do not coincide with
 * real words and add no mentions); a third start with a real first word ("عين", "حي", "مطار")
 * so the multi-word trie paths are exercised too.
 */
export function syntheticPlaces(n: number, random = prng(7)): Place[] {
  const word = () => {
    const len = 6 + Math.floor(random() * 4);
    let w = "";
    for (let i = 0; i < len; i++) w += LETTERS[Math.floor(random() * LETTERS.length)];
    return w;
  };
  const places: Place[] = [];
  for (let i = 0; i < n; i++) {
    const r = random();
    const nameAr = r < 0.33 ? `${FIRST_WORDS[i % FIRST_WORDS.length]} ${word()}` : r < 0.66 ? word() : `${word()} ${word()}`;
    places.push({
      id: `synthetic-${i}`,
      nameAr,
      nameEn: `Synthetic ${i}`,
      aliases: { ar: [word()], en: [] },
      kind: "village",
      lat: 20 + random() * 10,
      lon: 10 + random() * 15,
      precisionKm: 5,
      country: "LY",
      sources: ["synthetic (bench)"],
    });
  }
  return places;
}

/** Milliseconds for one geoparse pass over the articles, and the mentions found. */
function pass(articles: readonly string[], g: Gazetteer): { ms: number; mentions: number } {
  let mentions = 0;
  const t0 = performance.now();
  for (const a of articles) mentions += geoparse(a, g).length;
  return { ms: performance.now() - t0, mentions };
}

/**
 * MB/s for each gazetteer: after a warm-up, rounds alternate between them (so machine load and
 * garbage collection fall on both alike) and the best round of each counts.
 */
function throughputs(articles: readonly string[], bytes: number, gs: readonly Gazetteer[], rounds = 4) {
  for (const g of gs) for (const a of articles.slice(0, 200)) geoparse(a, g);
  const best = gs.map(() => ({ ms: Infinity, mentions: 0 }));
  for (let r = 0; r < rounds; r++)
    gs.forEach((g, i) => {
      const p = pass(articles, g);
      if (p.ms < best[i]!.ms) best[i] = p;
    });
  return best.map((b) => ({ mbps: bytes / 1e6 / (b.ms / 1000), mentions: b.mentions }));
}

export async function run(): Promise<void> {
  const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
  const paragraphs = readdirSync(seedsDir)
    .filter((f) => f.endsWith(".txt"))
    .flatMap((f) => readFileSync(seedsDir + f, "utf8").split(/\n+/))
    .filter((p) => p.trim().length > 0);
  const articles = buildCorpus(paragraphs, TARGET_BYTES);
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a, "utf8"), 0);
  console.log(`corpus: ${(bytes / 1e6).toFixed(2)} MB of Arabic text, ${articles.length} articles from ${paragraphs.length} seed paragraphs`);

  const ours = buildGazetteer(GAZETTEER_FILES);
  const big = buildGazetteer([
    ...GAZETTEER_FILES,
    { file: "synthetic.json", data: { about: "synthetic places for the benchmark", places: syntheticPlaces(ours.places.length * 100) } },
  ]);
  const [a, b] = throughputs(articles, bytes, [ours, big]) as [{ mbps: number; mentions: number }, { mbps: number; mentions: number }];
  console.log(`our gazetteer:       ${String(ours.places.length).padStart(6)} places  ${a.mbps.toFixed(1).padStart(6)} MB/s  (${a.mentions} mentions)`);
  console.log(`synthetic ×100:      ${String(big.places.length).padStart(6)} places  ${b.mbps.toFixed(1).padStart(6)} MB/s  (${b.mentions} mentions)`);
  console.log(`ratio (×100 / ours): ${(b.mbps / a.mbps).toFixed(2)}`);
}

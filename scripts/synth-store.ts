/**
 * npx tsx scripts/synth-store.ts --articles N --db PATH [--batch B]
 * Fills the store at PATH with N synthetic articles (scripts/synthetic-corpus.ts), B per
 * transaction (default 200), after the seeds. For the bench and the end-to-end test of a large
 * store; prints articles/s when done.
 */
import { parseArgs } from "node:util";
import { importSeeds, openStore, seedsDir } from "../lib/store";
import { seedSentences, syntheticArticle } from "./synthetic-corpus";

const { values } = parseArgs({ options: { articles: { type: "string" }, db: { type: "string" }, batch: { type: "string" } } });
const n = Number(values.articles);
const batch = Number(values.batch ?? 200);
if (!values.db || !Number.isInteger(n) || n < 0 || !Number.isInteger(batch) || batch < 1) {
  process.stderr.write("usage: npx tsx scripts/synth-store.ts --articles N --db PATH [--batch B]\n");
  process.exit(2);
}
const store = openStore({ path: values.db });
importSeeds(store, seedsDir());
const sentences = seedSentences(seedsDir());
const t0 = performance.now();
let added = 0;
for (let i = 0; i < n; i += batch) {
  const items = Array.from({ length: Math.min(batch, n - i) }, (_, k) => syntheticArticle(i + k, sentences));
  added += store.addArticles(items).filter((o) => o.ok).length;
}
const s = (performance.now() - t0) / 1000;
store.close();
process.stdout.write(`${added} synthetic articles in ${s.toFixed(1)} s (${Math.round(added / s)} articles/s) into ${values.db}\n`);

/**
 * npm run reindex [-- --db PATH]
 * Geoparses again the stored articles whose mentions came from another version of the geoparser
 * (gazetteer, rules or event labels changed: lib/store/parser-version.ts), 200 per transaction,
 * with a progress bar; nothing else is redone. The server does the same on its next start.
 * Exit status 0, or 1 when the store cannot be opened.
 */
import { SingleBar } from "cli-progress";
import { parseArgs } from "node:util";
import { openStore, storePath } from "../lib/store";

function main(): number {
  const { values } = parseArgs({ options: { db: { type: "string" } } });
  const path = values.db ?? storePath();
  let store;
  try {
    store = openStore({ path });
  } catch (err) {
    process.stderr.write(`reindex: cannot open the store ${path}: ${(err as Error).message}\n`);
    return 1;
  }
  const stale = store.staleCount();
  if (stale === 0) {
    process.stdout.write(`reindex: all ${store.articleCount()} articles in ${path} are up to date\n`);
    store.close();
    return 0;
  }
  // A bar on a terminal; a plain line per 10% when the output is a log.
  const bar = process.stderr.isTTY ? new SingleBar({ format: "reindex [{bar}] {value}/{total} articles, {eta_formatted} left" }) : undefined;
  bar?.start(stale, 0);
  let logged = 0;
  const t0 = performance.now();
  const done = store.reindex({
    progress: (n, total) => {
      bar?.update(n);
      if (!bar && n >= logged + total / 10) {
        process.stderr.write(`reindex: ${n}/${total}\n`);
        logged = n;
      }
    },
  });
  bar?.stop();
  store.close();
  process.stdout.write(`reindex: ${done} articles parsed again in ${((performance.now() - t0) / 1000).toFixed(1)} s; the others were up to date\n`);
  return 0;
}

process.exitCode = main();

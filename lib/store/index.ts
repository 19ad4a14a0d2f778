// The store's Node edge: where the database lives, which adapter opens it, the analyzer it uses,
// and the import of the demo corpus in seeds/. Server code (app/, scripts/) imports this module;
// nothing else in lib/ does.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { analyzeText } from "../corpus/analyze";
import { readSeeds } from "../corpus/read-seeds";
import { loadGazetteer } from "../gazetteer/load";
import { parserVersion } from "./parser-version";
import { openSqliteStore } from "./sqlite/sqlite-store";
import type { Analyzer, Store } from "./types";

export type * from "./types";
export { MAX_PAGE } from "./sqlite/sqlite-store";

/** The database file: $KHABAR_DB, else data/khabar.db under the working directory. */
export function storePath(): string {
  return resolve(process.env.KHABAR_DB ?? join(process.cwd(), "data", "khabar.db"));
}

/** Where the demo articles live: seeds/ under the working directory, or $KHABAR_SEEDS_DIR. */
export function seedsDir(): string {
  return process.env.KHABAR_SEEDS_DIR ?? join(process.cwd(), "seeds");
}

let analyzerMemo: Analyzer | undefined;

/** The project's geoparser over its gazetteer, versioned by the code and data that decide it. */
export function defaultAnalyzer(): Analyzer {
  if (!analyzerMemo) {
    const gazetteer = loadGazetteer();
    analyzerMemo = { version: parserVersion(process.cwd()), analyze: (text) => analyzeText(text, gazetteer) };
  }
  return analyzerMemo;
}

/**
 * Opens the store (SQLite, one file; created and migrated when needed). The caller closes it.
 *
 * @example const store = openStore({ path: "/tmp/k.db" }); store.addArticles([...]); store.close();
 */
export function openStore(opts: { path?: string; analyzer?: Analyzer } = {}): Store {
  const path = opts.path ?? storePath();
  mkdirSync(dirname(path), { recursive: true });
  return openSqliteStore(path, opts.analyzer ?? defaultAnalyzer());
}

/**
 * Adds the articles of the seeds folder the store does not hold yet (by origin "seeds/<file>"),
 * each keeping its file's id, and records the files that could not be read, so the app lists them.
 *
 * @example importSeeds(store, "seeds") // → { added: 5, problems: [] } on a new store, { added: 0, … } after
 */
export function importSeeds(store: Store, dir: string): { added: number; problems: { file: string; message: string }[] } {
  const { articles, errors } = readSeeds(dir);
  const origin = (file: string) => `seeds/${file}`;
  const known = store.knownOrigins(articles.map((a) => origin(a.file)));
  const fresh = articles.filter((a) => !known.has(origin(a.file)));
  const outcomes = fresh.length
    ? store.addArticles(
        fresh.map((a) => ({
          id: a.id,
          title: a.title,
          text: a.text,
          published: a.published,
          origin: origin(a.file),
          ...(a.source ? { source: a.source } : {}),
          ...(a.url ? { url: a.url } : {}),
        })),
      )
    : [];
  // Another process (a second server, a build worker) may have imported the same file meanwhile:
  // a refusal of an origin now stored is that, not a problem.
  const refused = outcomes.filter((o) => !o.ok);
  const nowStored = store.knownOrigins(refused.map((o) => o.origin));
  const problems = [...errors];
  for (const o of refused) if (!o.ok && !nowStored.has(o.origin)) problems.push({ file: o.origin.slice("seeds/".length), message: o.reason });
  store.setSeedProblems(problems);
  return { added: outcomes.filter((o) => o.ok).length, problems };
}

/** Stale articles up to this many are parsed again before the server answers; more, in the background. */
const REINDEX_AT_START = 500;

/** Articles per background reindex step (about 20-40 ms of work) and the pause between steps. */
const BACKGROUND_BATCH = 25;
const BACKGROUND_PAUSE_MS = 25;

let serverStore: Store | undefined;

/**
 * The server's store, opened once per process: seeds imported, and articles parsed by an older
 * geoparser parsed again (a few at once, or in the background in batches when there are many, so
 * the first answer never waits for a big reindex).
 *
 * @example getStore().articleCount() // → 5 on a fresh clone
 */
export function getStore(): Store {
  if (!serverStore) {
    const store = openStore();
    const { problems } = importSeeds(store, seedsDir());
    for (const p of problems) console.warn(`corpus: ${p.file}: ${p.message}`);
    const stale = store.staleCount();
    if (stale > 0 && stale <= REINDEX_AT_START) store.reindex();
    else if (stale > 0) {
      console.warn(`store: ${stale} articles were parsed by another geoparser version; parsing them again in the background`);
      // Small batches with a pause between them: requests are served in the gaps, so pages stay
      // quick while the old mentions are replaced (each batch is one transaction).
      const step = () => {
        if (store.reindex({ batch: BACKGROUND_BATCH, max: BACKGROUND_BATCH }) > 0 && store.staleCount() > 0) setTimeout(step, BACKGROUND_PAUSE_MS);
        else console.warn("store: every article is parsed by this geoparser version");
      };
      setTimeout(step, BACKGROUND_PAUSE_MS);
    }
    serverStore = store;
  }
  return serverStore;
}

import { existsSync } from "node:fs";
import { importSeeds, openStore, seedsDir, type Store } from "../../lib/store";

export { storePath } from "../../lib/store";

/**
 * The store ingest and watch write to, at `path`; a new, empty one first gets the demo corpus from
 * seeds/ (as the server's does when it opens it), so the seeds keep their own ids whichever command
 * creates the database. Throws what openStore throws (a path that cannot be created, a file that
 * is not a database).
 *
 * @example const store = openIngestStore("data/khabar.db"); … store.close();
 */
export function openIngestStore(path: string): Store {
  const store = openStore({ path });
  try {
    if (store.articleCount() === 0 && existsSync(seedsDir())) importSeeds(store, seedsDir());
  } catch (err) {
    store.close();
    throw err;
  }
  return store;
}

/**
 * npm run backup -- DEST [--db PATH]
 * Writes a consistent, compacted copy of the store to DEST (a new file), even while the server
 * reads and an ingest writes. Restore by stopping the server and putting the copy in place of
 * data/khabar.db (or pointing KHABAR_DB at it). Exit 0, 1 on failure, 2 on bad usage.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { openStore, storePath } from "../lib/store";

function main(): number {
  let parsed;
  try {
    parsed = parseArgs({ allowPositionals: true, options: { db: { type: "string" } } });
  } catch (err) {
    process.stderr.write(`backup: ${(err as Error).message}\nusage: npm run backup -- DEST [--db PATH]\n`);
    return 2;
  }
  const dest = parsed.positionals.filter((a) => a !== "--")[0];
  if (!dest || parsed.positionals.length > 1) {
    process.stderr.write("usage: npm run backup -- DEST [--db PATH]\n");
    return 2;
  }
  if (existsSync(dest)) {
    process.stderr.write(`backup: ${dest} exists; name a new file\n`);
    return 1;
  }
  const path = parsed.values.db ?? storePath();
  try {
    const store = openStore({ path });
    const n = store.articleCount();
    store.backup(dest);
    store.close();
    process.stdout.write(`backup: ${n} articles from ${path} copied to ${dest}\n`);
    return 0;
  } catch (err) {
    process.stderr.write(`backup: ${(err as Error).message}\n`);
    return 1;
  }
}

process.exitCode = main();

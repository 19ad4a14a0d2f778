import { execFile } from "node:child_process";
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { serveBuild } from "../scripts/serve-build";

export type ServedCorpus = { url: string; dir: string; stop: () => Promise<void> };

/**
 * The same production build served a second time over a corpus of its own: a copy of seeds/
 * (changed by `edit` first, when given) in a temporary folder and a store file beside it, with
 * `synthetic` more articles put in by scripts/synth-store.ts before the server starts. The shared
 * store (data/khabar.db) is never touched. undefined when the server never answered.
 */
export async function serveCorpus(opts: { edit?: (dir: string) => Promise<void>; synthetic?: number } = {}): Promise<ServedCorpus | undefined> {
  const dir = await mkdtemp(join(tmpdir(), "khabar-corpus-"));
  const seeds = join(dir, "seeds");
  await mkdir(seeds);
  for (const f of await readdir("seeds")) await copyFile(join("seeds", f), join(seeds, f));
  await opts.edit?.(seeds);
  const db = join(dir, "k.db");
  const env = { KHABAR_SEEDS_DIR: seeds, KHABAR_DB: db };
  if (opts.synthetic) {
    await promisify(execFile)("npx", ["tsx", "scripts/synth-store.ts", "--articles", String(opts.synthetic), "--db", db], {
      env: { ...process.env, ...env },
      timeout: 240_000,
    });
  }
  const served = await serveBuild(env);
  const stop = async () => {
    served?.stop();
    await rm(dir, { recursive: true, force: true });
  };
  if (!served) {
    await stop();
    return undefined;
  }
  return { url: served.url, dir, stop };
}

/** Gives articles of seeds/articles.json (by id, the file name's digits) an outlet. */
export async function setOutlets(seeds: string, outlets: Record<string, string>): Promise<void> {
  const path = join(seeds, "articles.json");
  const json = JSON.parse(await readFile(path, "utf8")) as { articles: { file: string; source?: string }[] };
  for (const a of json.articles) {
    const outlet = outlets[a.file.slice(0, a.file.indexOf("_"))];
    if (outlet) a.source = outlet;
  }
  await writeFile(path, JSON.stringify(json, null, 2));
}

import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, expect, it } from "vitest";
import { importSeeds, openStore } from ".";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it("imports the seeds once, keeping their ids and dates, and records the files it could not read", () => {
  const dir = mkdtempSync(join(tmpdir(), "khabar-seeds-"));
  dirs.push(dir);
  const seeds = join(dir, "seeds");
  mkdirSync(seeds);
  for (const f of readdirSync("seeds")) copyFileSync(join("seeds", f), join(seeds, f));
  writeFileSync(join(seeds, "009_bad.txt"), Buffer.from([0xd8, 0xff, 0x20]));
  const store = openStore({ path: join(dir, "k.db") });
  const first = importSeeds(store, seeds);
  expect(first.added).toBe(5);
  expect(first.problems).toEqual([{ file: "009_bad.txt", message: "not valid UTF-8 text" }]);
  expect(store.seedProblems()).toEqual(first.problems);
  expect(store.getArticle("004")!.published).toEqual({ from: "2020-06-06", to: "2020-06-07" });
  expect(store.getArticle("004")!.origin).toBe("seeds/004_21a362b9bfaece20.txt");

  rmSync(join(seeds, "009_bad.txt"));
  const again = importSeeds(store, seeds);
  expect(again).toEqual({ added: 0, problems: [] });
  expect(store.seedProblems()).toEqual([]);
  expect(store.articleCount()).toBe(5);
  // A new article gets the number after the seeds'.
  expect(store.addArticles([{ title: "ت", text: "اشتباكات في ترهونة.", published: null, origin: "x.txt" }])[0]).toMatchObject({ id: "005" });
  store.close();
});

it("two processes importing the seeds into one new store at once leave five articles and no problem", async () => {
  const { spawn } = await import("node:child_process");
  const dir = mkdtempSync(join(tmpdir(), "khabar-seeds-race-"));
  dirs.push(dir);
  const db = join(dir, "k.db");
  const run = () =>
    new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", join(__dirname, "sqlite", "fixtures", "import-seeds.ts"), db, "seeds"]);
      let out = "";
      child.stdout.on("data", (b: Buffer) => (out += b.toString()));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve(out) : reject(new Error(`exit ${code}`))));
    });
  const results = (await Promise.all([run(), run()])).map((o) => JSON.parse(o) as { added: number; problems: unknown[] });
  expect(results.map((r) => r.problems)).toEqual([[], []]);
  expect(results[0]!.added + results[1]!.added).toBe(5);
  const store = openStore({ path: db });
  expect(store.articleCount()).toBe(5);
  expect(store.seedProblems()).toEqual([]);
  store.close();
});

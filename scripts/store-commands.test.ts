import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { defaultAnalyzer, openStore } from "../lib/store";
import { runScript } from "./ingest/testing";

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

it("parses again only the articles of an older geoparser version, then finds nothing to do", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "khabar-reindex-"));
  dirs.push(dir);
  const db = path.join(dir, "k.db");
  const real = defaultAnalyzer();
  // Two articles written by "an older geoparser" (another version name), one by today's.
  const old = openStore({ path: db, analyzer: { version: "older", analyze: real.analyze } });
  old.addArticles([
    { title: "أ", text: "اشتباكات في محيط ترهونة.", published: null, origin: "a.txt" },
    { title: "ب", text: "وصلت تعزيزات إلى مصراتة.", published: null, origin: "b.txt" },
  ]);
  old.close();
  const today = openStore({ path: db });
  today.addArticles([{ title: "ج", text: "اجتماع في غريان.", published: null, origin: "c.txt" }]);
  expect(today.staleCount()).toBe(2);
  today.close();

  const first = await runScript("reindex", ["--db", db]);
  // Not a terminal: progress goes to stderr as plain lines, not a bar.
  expect(first.stderr).toBe("reindex: 2/2\n");
  expect(first.status).toBe(0);
  expect(first.stdout).toMatch(/^reindex: 2 articles parsed again in [\d.]+ s; the others were up to date\n$/);
  const after = openStore({ path: db });
  expect(after.staleCount()).toBe(0);
  expect(after.check()).toEqual({ ok: true, problems: [] });
  expect([...after.placeCounts().keys()].sort()).toEqual(["gharyan", "misrata", "tarhuna"]);
  after.close();

  const second = await runScript("reindex", ["--db", db]);
  expect(second.stdout).toBe(`reindex: all 3 articles in ${db} are up to date\n`);
});

it("backs the store up to a new file that opens whole, and refuses to overwrite one", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "khabar-backup-"));
  dirs.push(dir);
  const db = path.join(dir, "k.db");
  const store = openStore({ path: db });
  store.addArticles([{ title: "أ", text: "اشتباكات في محيط ترهونة.", published: null, origin: "a.txt" }]);
  store.close();
  const dest = path.join(dir, "copy.db");
  const run = await runScript("backup", [dest, "--db", db]);
  expect(run.stdout).toBe(`backup: 1 articles from ${db} copied to ${dest}\n`);
  expect(run.status).toBe(0);
  const copy = openStore({ path: dest });
  expect(copy.check()).toEqual({ ok: true, problems: [] });
  expect(copy.getArticle("000")!.mentions.map((m) => m.placeId)).toEqual(["tarhuna"]);
  copy.close();
  const again = await runScript("backup", [dest, "--db", db]);
  expect(again.status).toBe(1);
  expect(again.stderr).toBe(`backup: ${dest} exists; name a new file\n`);
});

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "libsql";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { defaultAnalyzer, openStore } from "..";
import type { Analyzer, NewArticle, Store } from "../types";
import { testArticle } from "./fixtures/articles";
import { MIGRATIONS } from "./migrations";

let dir: string;
let path: string;
const open: Store[] = [];
function store(analyzer?: Analyzer): Store {
  const s = openStore({ path, ...(analyzer ? { analyzer } : {}) });
  open.push(s);
  return s;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "khabar-store-"));
  path = join(dir, "k.db");
});
afterEach(() => {
  for (const s of open.splice(0)) {
    try {
      s.close();
    } catch {
      /* closed by the test */
    }
  }
  rmSync(dir, { recursive: true, force: true });
});

/** The real geoparser under another version name, counting the texts it is asked to parse. */
function countingAnalyzer(version: string): Analyzer & { calls: number } {
  const real = defaultAnalyzer();
  const a = { version, calls: 0, analyze: (text: string) => (a.calls++, real.analyze(text)) };
  return a;
}

describe("opening", () => {
  it("creates the schema in a new file and in an empty existing one, in WAL mode", () => {
    expect(store().articleCount()).toBe(0);
    const raw = new Database(path);
    expect(Object.values(raw.prepare("PRAGMA user_version").get() as object)[0]).toBe(MIGRATIONS.at(-1)!.version);
    expect(Object.values(raw.prepare("PRAGMA journal_mode").get() as object)[0]).toBe("wal");
    raw.close();

    const empty = join(dir, "empty.db");
    writeFileSync(empty, "");
    const s = openStore({ path: empty });
    open.push(s);
    expect(s.addArticles([testArticle(1)])[0]!.ok).toBe(true);
    expect(s.articleCount()).toBe(1);
  });
});

describe("addArticles", () => {
  it("stores each article with its mentions, sentences and outlet, numbered after the fixed ids", () => {
    const s = store();
    const out = s.addArticles([{ ...testArticle(0), id: "007" }, testArticle(1)]);
    expect(out.map((o) => (o.ok ? o.id : o.reason))).toEqual(["007", "008"]);
    const a = s.getArticle("008")!;
    expect(a.title).toBe("تقرير رقم 1");
    expect(a.source).toBe("وكالة 1");
    expect(a.published).toEqual({ from: "2020-01-02", to: "2020-01-02" });
    expect(a.mentions.map((m) => m.placeId)).toEqual(["misrata", "gharyan", "sirte"]);
    for (const m of a.mentions) {
      expect(a.text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.sentence.start).toBeLessThanOrEqual(m.start);
      expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
    }
    expect(a.mentionCount).toBe(3);
    // What each sentence reports there (lib/events), kept with the mention: reinforcements
    // arriving (military), a council meeting (civil), a drone strike (combat, strike, its cue).
    expect(a.mentions.map((m) => [m.role, m.kind])).toEqual([["military", undefined], ["civil", undefined], ["combat", "strike"]]);
    const strike = a.mentions[2]!;
    expect(a.text.slice(strike.cue![0], strike.cue![1])).toBe("قصفت");
  });

  it("refuses the same text (once normalised) and the same canonical URL, in the store or earlier in the batch", () => {
    const s = store();
    s.addArticles([testArticle(1)]);
    const sameText: NewArticle = { ...testArticle(1), text: "  " + testArticle(1).text.replace("ترهونة", "تَرْهُونة"), url: undefined, origin: "copy.txt" };
    const sameUrl: NewArticle = { ...testArticle(2), url: "https://WWW.example.org/news/1/?utm_source=feed#top", origin: "other.txt" };
    const twice: NewArticle = { ...testArticle(3), origin: "again.txt", url: "https://example.org/other" };
    const out = s.addArticles([sameText, sameUrl, testArticle(3), twice]);
    expect(out).toEqual([
      { ok: false, origin: "copy.txt", reason: "duplicate of article 000 (same text once normalised)" },
      { ok: false, origin: "other.txt", reason: "duplicate of article 000 (same URL https://WWW.example.org/news/1/?utm_source=feed#top)" },
      { ok: true, id: "001", origin: "test-3.txt", mentions: 3 },
      { ok: false, origin: "again.txt", reason: "duplicate of article 001 (same text once normalised)" },
    ]);
    expect(s.articleCount()).toBe(2);
  });

  it("writes a batch whole or not at all: a failure in the middle leaves nothing of it", () => {
    const s = store();
    s.addArticles([testArticle(1)]);
    const broken = { ...testArticle(3), title: null } as unknown as NewArticle;
    expect(() => s.addArticles([testArticle(2), broken, testArticle(4)])).toThrow(/NOT NULL/);
    expect(s.articleCount()).toBe(1);
    expect(s.listArticles().articles.map((a) => a.title)).toEqual(["تقرير رقم 1"]);
    expect([...s.placeCounts().values()].reduce((x, y) => x + y, 0)).toBe(3);
    expect(s.check()).toEqual({ ok: true, problems: [] });
    // The numbering did not move either: the next article takes the next id.
    expect(s.addArticles([testArticle(2)])[0]).toMatchObject({ ok: true, id: "001" });
  });
});

describe("reindex", () => {
  it("parses again only the articles of another geoparser version", () => {
    const v1 = countingAnalyzer("v1");
    const first = store(v1);
    first.addArticles([testArticle(1), testArticle(2)]);
    first.close();
    const v2 = countingAnalyzer("v2");
    const s = store(v2);
    s.addArticles([testArticle(3)]);
    expect(v2.calls).toBe(1);
    expect(s.staleCount()).toBe(2);
    const seen: number[] = [];
    expect(s.reindex({ batch: 1, progress: (done) => seen.push(done) })).toBe(2);
    expect(v2.calls).toBe(3);
    expect(seen).toEqual([0, 1, 2]);
    expect(s.staleCount()).toBe(0);
    expect(s.reindex()).toBe(0);
    expect(v2.calls).toBe(3);
    expect(s.check().ok).toBe(true);
    expect(s.getArticle("000")!.mentions.map((m) => m.placeId)).toEqual(["misrata", "gharyan", "sirte"]);
  });
});

describe("reading under filters", () => {
  let s: Store;
  beforeEach(() => {
    s = store();
    s.addArticles(Array.from({ length: 30 }, (_, i) => testArticle(i)));
    s.addArticles([{ title: "بلا تاريخ", text: "اجتماع في غريان لبحث الكهرباء.", published: null, origin: "undated.txt" }]);
  });

  it("counts mentions per place under dates, outlets and a topic, undated articles always kept", () => {
    const all = s.placeCounts();
    expect(all.get("gharyan")).toBe(19);
    // Article i names gharyan when (i+k)%5 == 2 for k in 0..2; the undated one adds one.
    const jan = s.placeCounts({ from: "2020-01-01", to: "2020-01-10" });
    const expected = Array.from({ length: 10 }, (_, i) => i).filter((i) => [0, 1, 2].some((k) => (i + k) % 5 === 2)).length + 1;
    expect(jan.get("gharyan")).toBe(expected);
    const reversed = s.placeCounts({ from: "2020-01-10", to: "2020-01-01" });
    expect(reversed).toEqual(jan);
    const one = s.placeCounts({ sources: ["وكالة 0"] });
    expect([...one.values()].reduce((x, y) => x + y, 0)).toBe(8 * 3);
    // «مسيرة» is in the Sirte sentence only: only Sirte's mentions are kept.
    expect([...s.placeCounts({ q: "المسيرة" }).keys()]).toEqual(["sirte"]);
    expect([...s.placeCounts({ q: "طائرة مسيرة" }).keys()]).toEqual(["sirte"]);
    expect(s.placeCounts({ q: "مسيرة نفط" }).size).toBe(0);
    expect(s.placeCounts({ articles: ["000"] })).toEqual(new Map([["tarhuna", 1], ["misrata", 1], ["gharyan", 1]]));
    // What happened there: the drone strikes near Sirte and the clashes around Tarhuna are combat,
    // the reinforcements at Misrata military, the meetings in Gharyan civil.
    expect([...s.placeCounts({ roles: ["combat"] }).keys()].sort()).toEqual(["sirte", "tarhuna"]);
    expect([...s.placeCounts({ kinds: ["strike"] }).keys()]).toEqual(["sirte"]);
    expect([...s.placeCounts({ roles: ["civil", "military"] }).keys()].sort()).toEqual(["gharyan", "misrata", "ras-lanuf"]);
    expect(s.placeRoles().get("gharyan")).toEqual({ combat: 0, military: 0, civil: 19, reference: 0 });
  });

  it("pages a place's quotes newest first and finds the page holding a linked quote", () => {
    const first = s.quotes("sirte", {}, { limit: 5 });
    expect(first.total).toBe(18);
    const dates = first.quotes.map((q) => q.article.published!.to);
    expect([...dates].sort().reverse()).toEqual(dates);
    for (const q of first.quotes) expect(q.sentenceText).toContain(q.surface);
    const last = s.quotes("sirte", {}, { limit: 5, offset: 500 });
    expect(last.offset).toBe(15);
    const target = last.quotes[2]!;
    const held = s.quotes("sirte", {}, { limit: 5, at: target.id });
    expect(held.offset).toBe(15);
    expect(held.quotes.map((q) => q.id)).toContain(target.id);
    expect(s.quotes("sirte", { q: "قصفت" }).total).toBe(18);
    expect(s.quotes("sirte", { q: "اجتماع" }).total).toBe(0);
  });

  it("lists articles newest first, by outlet, by title words and by topic, in pages", () => {
    const page = s.listArticles({ limit: 10 });
    expect(page.total).toBe(31);
    expect(page.articles[0]!.title).toBe("تقرير رقم 29");
    expect(s.listArticles({ limit: 10, offset: 30 }).articles.map((a) => a.title)).toEqual(["بلا تاريخ"]);
    expect(s.listArticles({ sort: "oldest", limit: 1 }).articles[0]!.title).toBe("تقرير رقم 0");
    expect(s.listArticles({ sources: ["وكالة 3"] }).total).toBe(7);
    expect(s.listArticles({ title: "التاريخ" }).articles.map((a) => a.title)).toEqual(["بلا تاريخ"]);
    expect(s.listArticles({ q: "الكهرباء" }).total).toBe(s.placeCounts({ q: "الكهرباء" }).get("gharyan"));
    expect(s.sources({ sources: ["وكالة 3"] }).map((x) => x.name).sort()).toEqual(["وكالة 0", "وكالة 1", "وكالة 2", "وكالة 3"]);
    const ranges = s.rangeCounts();
    expect(ranges.find((r) => r.published === null)).toEqual({
      published: null,
      articles: 1,
      mentions: 1,
      roles: { combat: 0, military: 0, civil: 1, reference: 0 },
    });
    expect(ranges.reduce((n, r) => n + r.mentions, 0)).toBe(91);
  });
});

/** Runs the ingest-many fixture in a second process. */
function ingestProcess(from: number, to: number) {
  return spawn(process.execPath, ["--import", "tsx", join(__dirname, "fixtures", "ingest-many.ts"), path, String(from), String(to)], {
    stdio: ["ignore", "pipe", "pipe"],
  });
}

function waitForLines(child: ReturnType<typeof spawn>, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = 0;
    child.stdout!.on("data", (b: Buffer) => {
      seen += b.toString().split("\n").filter((l) => l.startsWith("added")).length;
      if (seen >= n) resolve();
    });
    child.on("exit", (code) => (seen >= n ? resolve() : reject(new Error(`ingest exited ${code} after ${seen} articles`))));
  });
}

describe("two processes", () => {
  it("reads while another process writes, with no error and no lost article", async () => {
    const reader = store();
    const child = ingestProcess(0, 120);
    let stderr = "";
    child.stderr!.on("data", (b: Buffer) => (stderr += b.toString()));
    const done = new Promise<number>((resolve) => child.on("exit", (code) => resolve(code ?? -1)));
    let last = 0;
    let reads = 0;
    let exited = false;
    void done.then(() => (exited = true));
    while (!exited) {
      const n = reader.articleCount();
      expect(n).toBeGreaterThanOrEqual(last);
      // Every commit adds one article with its three mentions: a half-written one would show here.
      const total = [...reader.placeCounts().values()].reduce((x, y) => x + y, 0);
      expect(total % 3).toBe(0);
      expect(total).toBeGreaterThanOrEqual(n * 3);
      last = n;
      reads++;
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await done, stderr).toBe(0);
    expect(reads).toBeGreaterThan(3);
    expect(reader.articleCount()).toBe(120);
  });

  it("survives a kill -9 part-way: the store opens whole and ingesting again adds exactly the missing ones", async () => {
    const child = ingestProcess(0, 3000);
    await waitForLines(child, 40);
    child.kill("SIGKILL");
    await new Promise((r) => child.on("exit", r));
    const s = store();
    expect(s.check()).toEqual({ ok: true, problems: [] });
    const kept = s.articleCount();
    expect(kept).toBeGreaterThanOrEqual(40);
    expect(kept).toBeLessThan(3000);
    let added = 0;
    for (let i = 0; i < kept + 20; i++) if (s.addArticles([testArticle(i)])[0]!.ok) added++;
    expect(added).toBe(20);
    expect(s.articleCount()).toBe(kept + 20);
    expect(s.check().ok).toBe(true);
  });
});

import { derivedTitle } from "../lib/corpus/title";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore, type StoredArticleMeta } from "../lib/store";
import { ROOT, runScript, serve } from "./ingest/testing";

const FIXTURES = path.join(ROOT, "lib/ingest/formats/fixtures");
const GOOD = "اندلعت اشتباكات عنيفة اليوم في مدينة ترهونة جنوب شرق العاصمة، وامتدت إلى غريان، وفق مصادر محلية.\n";
const SEEDS = 5; // a new store starts with the demo corpus of seeds/

let dir: string;
let db: string;

const ingest = (...args: string[]) => runScript("ingest", [...args, "--db", db]);
const file = (name: string, content: string | Uint8Array) => {
  const p = path.join(dir, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, content);
  return p;
};
const fixture = (name: string, to: string) => {
  const p = path.join(dir, to);
  mkdirSync(path.dirname(p), { recursive: true });
  copyFileSync(path.join(FIXTURES, name), p);
  return p;
};
/** The stored articles other than the seeds, by origin. */
function stored(): Map<string, StoredArticleMeta> {
  const store = openStore({ path: db });
  try {
    const list = store.listArticles({ limit: 100, sort: "oldest" }).articles;
    return new Map(list.filter((a) => !a.origin.startsWith("seeds/")).map((a) => [a.origin, a]));
  } finally {
    store.close();
  }
}
const lines = (s: string) => s.split("\n").filter(Boolean);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ingest-"));
  db = path.join(dir, "db", "khabar.db");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run ingest on a folder", () => {
  it("walks it recursively, adds every readable article in every format, names each refusal with its row, line or item", async () => {
    const inbox = path.join(dir, "inbox");
    const page = fixture("sahel-coastal-road.html", "inbox/pages/2021/coastal.html");
    const rss = fixture("sahel-rss.xml", "inbox/feeds/sahel.xml");
    const atom = fixture("libya-today-atom.xml", "inbox/feeds/lt.atom");
    const csv = fixture("sahel-export.csv", "inbox/exports/sahel.csv");
    const jsonl = fixture("libya-today-export.jsonl", "inbox/exports/lt.jsonl");
    const json = file("inbox/exports/more.json", JSON.stringify([{ title: "خبر من مصراتة", text: "افتتحت بلدية مصراتة جسرا جديدا على الطريق الساحلي.", date: "2022-04-10" }], null, 2));
    const txt = file("inbox/notes/tarhuna.txt", GOOD);
    file("inbox/.DS_Store", new Uint8Array([0, 0, 0, 1])); // hidden: skipped, not refused as binary

    const r = await ingest(inbox);
    expect(r.status).toBe(1);
    // files in name order, folder by folder: exports/lt.jsonl, exports/more.json, exports/sahel.csv, feeds/…, notes/…, pages/…
    expect(lines(r.stderr)).toEqual([
      `refused ${jsonl}#line 4: not JSON: Unterminated string in JSON at position 50`,
      `refused ${csv}#row 4: 2 fields where the header has 5`,
      `refused ${atom}#item 3: published "27/08/2022 10:00" is not a date (RFC 822 or ISO 8601)`,
      `refused ${rss}#item 3: no text: the item has neither content:encoded nor a description`,
    ]);
    const added = lines(r.stdout).slice(0, -1).map((l) => l.replace(/ as \d+ \(\d+ mentions?(; title from its first line: «.*»)?\)$/, ""));
    // jsonl line 5 has no title: the report says the title was taken from the text, and cut.
    expect(lines(r.stdout).find((l) => l.startsWith(`added ${jsonl}#line 5 `))).toMatch(/; title from its first line: «وصل وفد من المجلس الرئاسي .*…»\)$/);
    expect(lines(r.stdout).find((l) => l.startsWith(`added ${json}#item 1 `))).not.toMatch(/title from/);
    expect(added).toEqual([
      ...[1, 2, 5].map((n) => `added ${jsonl}#line ${n}`),
      `added ${json}#item 1`,
      ...[2, 3, 5].map((n) => `added ${csv}#row ${n}`),
      `added ${atom}#item 1`,
      `added ${atom}#item 2`,
      `added ${rss}#item 1`,
      `added ${rss}#item 2`,
      `added ${txt}`,
      `added ${page}`,
    ]);
    expect(lines(r.stdout).at(-1)).toBe(`13 added, 4 refused, in ${db}`);

    const articles = stored();
    expect(articles.size).toBe(13);
    expect(articles.get(`${json}#item 1`)).toMatchObject({ title: "خبر من مصراتة", published: { from: "2022-04-10", to: "2022-04-10" } });
    expect(articles.get(page)).toMatchObject({
      title: "إعادة فتح الطريق الساحلي بين سرت ومصراتة أمام المسافرين",
      source: "صحيفة الساحل",
      url: "https://www.sahel-news.example/ar/news/2021/07/coastal-road",
      published: { from: "2021-07-31", to: "2021-07-31" },
      summary: false,
    });
    expect(articles.get(`${rss}#item 2`)).toMatchObject({ title: "استئناف الإنتاج في حقل الشرارة", source: "صحيفة الساحل", summary: true });
    expect(articles.get(`${csv}#row 3`)).toMatchObject({ title: "أمطار غزيرة، وسيول في البيضاء", published: { from: "2023-09-10", to: "2023-09-10" } });
    expect(articles.get(`${jsonl}#line 2`)).toMatchObject({ source: "صحيفة الساحل", published: { from: "2014-07-13", to: "2014-07-31" } });
    expect(articles.get(txt)).toMatchObject({ title: derivedTitle(GOOD), published: null });
    expect(articles.get(txt)).not.toHaveProperty("source");
    // every stored article came with its mentions
    expect(articles.get(page)!.mentionCount).toBeGreaterThan(3);
  });

  it("exits 0 when everything went in, and refuses the same folder again as duplicates, adding nothing", async () => {
    fixture("libya-today-ghadames.html", "in/a.html");
    file("in/b/c.txt", GOOD);
    const first = await ingest(path.join(dir, "in"));
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(lines(first.stdout).at(-1)).toBe(`2 added, 0 refused, in ${db}`);
    const again = await ingest(path.join(dir, "in"));
    expect(again.status).toBe(1);
    expect(lines(again.stderr)).toEqual([
      expect.stringMatching(new RegExp(`^refused ${path.join(dir, "in/a.html")}: duplicate of article \\d+ \\(`)),
      expect.stringMatching(new RegExp(`^refused ${path.join(dir, "in/b/c.txt")}: duplicate of article \\d+ \\(same text once normalised\\)$`)),
    ]);
    expect(lines(again.stdout)).toEqual([`0 added, 2 refused, in ${db}`]);
    expect(stored().size).toBe(2);
  });

  it("refuses a copy of a seed as a duplicate of its article", async () => {
    const seed = readFileSync(path.join(ROOT, "seeds/003_dfbf6940fa5a6b70.txt"), "utf8");
    const copy = file("copy.txt", "  " + seed.replace(/ /g, "  ").replace("ليبيا", "لِيبْيا") + "\r\n");
    const r = await ingest(copy);
    expect(r.stderr).toBe(`refused ${copy}: duplicate of article 003 (same text once normalised)\n`);
    expect(r.status).toBe(1);
    const store = openStore({ path: db });
    expect(store.articleCount()).toBe(SEEDS);
    store.close();
  });
});

describe("npm run ingest killed part-way", () => {
  it("leaves a sound store holding whole inputs only; running it again adds exactly the rest", async () => {
    const N = 60;
    for (let i = 1; i <= N; i++) file(`many/${String(i).padStart(2, "0")}.txt`, `${GOOD.trim()} (${"ب".repeat(i)})\n`);
    // its own process group, so that kill -9 reaches tsx's node child too
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), [path.join(ROOT, "scripts/ingest.ts"), path.join(dir, "many"), "--db", db], { cwd: ROOT, detached: true });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
    const exited = new Promise<void>((resolve) => child.on("close", () => resolve()));
    while (lines(out).filter((l) => l.startsWith("added ")).length < 3) await new Promise((r) => setTimeout(r, 10));
    process.kill(-child.pid!, "SIGKILL");
    await exited;
    const reported = lines(out).filter((l) => l.startsWith("added ")).map((l) => l.replace(/^added (\S+) as .*$/, "$1"));

    const store = openStore({ path: db });
    expect(store.check()).toEqual({ ok: true, problems: [] });
    store.close();
    const kept = stored();
    // each input went in whole with its mentions, or not at all; the last one may be in unreported
    expect([...kept.keys()].slice(0, reported.length)).toEqual(reported);
    expect(kept.size - reported.length).toBeLessThanOrEqual(1);
    expect(kept.size).toBeLessThan(N);
    for (const a of kept.values()) expect(a.mentionCount).toBe(2);

    const again = await ingest(path.join(dir, "many"));
    expect(again.status).toBe(1); // the ones already in are refused as duplicates
    expect(lines(again.stdout).at(-1)).toBe(`${N - kept.size} added, ${kept.size} refused, in ${db}`);
    expect(lines(again.stderr).every((l) => / duplicate of article \d+ \(same text once normalised\)$/.test(l))).toBe(true);
    expect(stored().size).toBe(N);
  });
});

describe("npm run ingest on a terminal", () => {
  it("draws a progress bar on stderr for a long run, with every line still written above it", () => {
    for (let i = 1; i <= 10; i++) file(`many/${String(i).padStart(2, "0")}.txt`, `${GOOD.trim()} (${"ا".repeat(i)})\n`);
    // script(1) runs the command on a pseudo-terminal, as a person at a terminal would
    const command = [path.join(ROOT, "node_modules/.bin/tsx"), path.join(ROOT, "scripts/ingest.ts"), path.join(dir, "many"), "--db", db].map((a) => `'${a}'`).join(" ");
    const r = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: ROOT, encoding: "utf8" });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/ingest \[[█░]+\] 10\/10 inputs/);
    for (let i = 1; i <= 10; i++) expect(r.stdout).toMatch(new RegExp(`added ${dir}/many/${String(i).padStart(2, "0")}\\.txt as \\d+`));
    expect(r.stdout).toContain(`10 added, 0 refused, in ${db}`);
  });
});

describe("npm run ingest refuses bad files by name, with the reason, and keeps the others", () => {
  it("names each bad input with why, adds the good one, exits 1", async () => {
    const cases: [string, string][] = [
      [file("a/empty.txt", ""), "empty file"],
      [file("a/image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])), "looks like a binary file: NUL byte at byte offset 8"],
      // "مصر" in UTF-8 is 6 bytes, then a space, then one stray Latin-1 byte at offset 7
      [file("a/latin1.txt", Buffer.concat([Buffer.from("مصر ", "utf8"), Buffer.from([0xe9]), Buffer.from(" ليبيا")])), "not valid UTF-8: invalid byte sequence at byte offset 7 (byte 0xe9)"],
      [file("a/big.txt", "ليبيا ".repeat(200_000)), "too large: 2,200,000 bytes (at most 1,048,576 bytes, 1 MiB)"],
      [file("a/english.txt", "Clashes broke out in Tarhuna today, local sources said.\n"), "not Arabic text: 0% of its 45 letters are Arabic (at least 50% needed)"],
      [file("a/nav.html", "<html><body><nav><a href='/'>الرئيسية</a></nav></body></html>"), "no article in the page: its readable text has 8 letters (at least 80 needed); an index or an error page?"],
      [file("a/broken.xml", '<?xml version="1.0"?><rss version="2.0"><channel><item></channel></rss>'), "not a readable RSS or Atom feed: Unexpected close tag (line 1, column 65)"],
      [path.join(dir, "nope.txt"), "cannot read it (ENOENT)"],
      ["ftp://example.org/a.txt", "only http(s) URLs are fetched"],
    ];
    const good = file("good.txt", GOOD);
    const r = await ingest(...cases.map(([p]) => p), good);
    expect(r.status).toBe(1);
    // paths and URLs that cannot be inputs at all come first, then the inputs in the order given
    const order = [7, 8, 0, 1, 2, 3, 4, 5, 6];
    expect(lines(r.stderr)).toEqual(order.map((i) => `refused ${cases[i]![0]}: ${cases[i]![1]}`));
    expect(lines(r.stdout).at(-1)).toBe(`1 added, 9 refused, in ${db}`);
    expect([...stored().keys()]).toEqual([good]);
  });
});

describe("npm run ingest on one plain-text file with its metadata", () => {
  it("stores the title, outlet, URL and dates given", async () => {
    const txt = file("good.txt", GOOD);
    const r = await ingest(txt, "--title", "اشتباكات في ترهونة", "--published-from", "2024-03-01", "--published-to", "2024-03-02",
      "--source", "Libya Observer", "--url", "https://example.org/a?utm_source=x");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^added ${txt} as \\d+ \\(2 mentions\\)\n1 added, 0 refused, in ${db}\n$`));
    expect(stored().get(txt)).toMatchObject({
      title: "اشتباكات في ترهونة",
      source: "Libya Observer",
      url: "https://example.org/a",
      published: { from: "2024-03-01", to: "2024-03-02" },
    });
  });

  it("refuses to put a text file's metadata on a table, which has its own", async () => {
    const csv = fixture("sahel-export.csv", "s.csv");
    const r = await ingest(csv, "--source", "Other");
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`refused ${csv}: --source: the options describe a plain-text file, and this is a CSV file, which carries its own metadata\n`);
    expect(stored().size).toBe(0);
  });

  const usages: [string, string[], RegExp][] = [
    ["no input", [], /name at least one PATH_OR_URL/],
    ["an invalid date", ["x.txt", "--published-from", "2024-02-30"], /--published-from must be a date written yyyy-mm-dd, got "2024-02-30"/],
    ["from after to", ["x.txt", "--published-from", "2024-03-02", "--published-to", "2024-03-01"], /--published-from \(2024-03-02\) is after --published-to \(2024-03-01\)/],
    ["an unknown option", ["x.txt", "--colour", "red"], /Unknown option '--colour'/],
    ["the old --seeds", ["x.txt", "--seeds", "seeds"], /--seeds is gone: articles go into the store now/],
    ["a title for two files", ["x.txt", "y.txt", "--title", "t"], /--title, --source, --url and --published-from\/--published-to describe one article/],
    ["a non-http URL", ["x.txt", "--url", "javascript:alert(1)"], /--url must be an http\(s\) URL/],
    ["a bad timeout", ["x.txt", "--timeout", "soon"], /--timeout must be a duration such as 30s/],
  ];
  for (const [what, args, message] of usages) {
    it(`exits 2 with the usage on ${what}, creating no database`, async () => {
      const r = await ingest(...args.map((a) => (a.endsWith(".txt") ? file(a, GOOD) : a)));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("usage: npm run ingest");
      expect(() => readFileSync(db)).toThrow(/ENOENT/);
    });
  }

  it("says so when the store cannot be opened, exit 1", async () => {
    const notDb = file("not-a-db", "this is not SQLite");
    const r = await runScript("ingest", [file("good.txt", GOOD), "--db", notDb]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^ingest: cannot open the store at ${notDb}: `));
  });
});

describe("npm run ingest on URLs (served from 127.0.0.1)", () => {
  it("fetches pages and feeds, follows redirects, and refuses other content types, errors, timeouts and oversized answers", async () => {
    const page = readFileSync(path.join(FIXTURES, "libya-today-ghadames.html"), "utf8").replace(/<!-- saved from[^>]*-->/, "").replace(/<link rel="canonical"[^>]*>/, "");
    const server = await serve((req, res) => {
      switch (req.url) {
        case "/ar/articles/4512":
          return res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
        case "/old":
          return res.writeHead(301, { location: "/ar/articles/4512" }).end();
        case "/rss":
          return res.writeHead(200, { "content-type": "application/rss+xml" }).end(readFileSync(path.join(FIXTURES, "sahel-rss.xml")));
        case "/report.pdf":
          return res.writeHead(200, { "content-type": "application/pdf" }).end("%PDF-1.4");
        case "/slow":
          return void setTimeout(() => res.writeHead(200, { "content-type": "text/html" }).end(page), 5000);
        case "/huge":
          res.writeHead(200, { "content-type": "text/html" });
          return void res.write("<html><body>" + "ل".repeat(1000)); // then never ends: refused on the header alone
        default:
          return res.writeHead(404, { "content-type": "text/plain" }).end("no");
      }
    });
    try {
      const urls = ["/old", "/rss", "/report.pdf", "/missing", "/slow"].map(server.url);
      const r = await ingest(...urls, "--timeout", "1s");
      expect(r.status).toBe(1);
      expect(lines(r.stderr)).toEqual([
        `refused ${urls[1]}#item 3: no text: the item has neither content:encoded nor a description`,
        `refused ${urls[2]}: unsupported content type "application/pdf": a web page (text/html) or a feed (RSS, Atom) is expected`,
        `refused ${urls[3]}: HTTP 404 Not Found`,
        `refused ${urls[4]}: no complete answer within 1 s (timed out)`,
      ]);
      const articles = stored();
      // a page naming no canonical URL is known by the URL it was fetched from, after redirects
      expect(articles.get(urls[0]!)).toMatchObject({ title: "اجتماع في غدامس لبحث توحيد المؤسسة العسكرية", url: server.url("/ar/articles/4512"), source: "ليبيا اليوم" });
      expect(articles.get(`${urls[1]}#item 1`)).toMatchObject({ title: "وصول شحنة أدوية إلى مركز سبها الطبي" });
      expect(articles.size).toBe(3);
    } finally {
      await server.close();
    }
  });

  it("refuses an answer whose Content-Length is over the cap without reading it", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/rss+xml", "content-length": String(80 * 1024 * 1024) });
      res.write("<rss>");
    });
    try {
      const url = server.url("/big.xml");
      const r = await ingest(url);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`refused ${url}: too large: Content-Length 83,886,080 bytes (at most 67,108,864 bytes are read)\n`);
    } finally {
      await server.close();
    }
  });
});

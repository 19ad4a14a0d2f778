import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openStore } from "../lib/store";
import { ROOT, runScript, serve, type Served } from "./ingest/testing";

let dir: string;
let db: string;
let server: Served | undefined;

const watch = (...args: string[]) => runScript("watch", [...args, "--db", db]);
const lines = (s: string) => s.split("\n").filter(Boolean);
/** The titles of the stored articles that came from the test feeds (not the seeds). */
function fromFeeds(): string[] {
  const store = openStore({ path: db });
  try {
    // sorted: a feed lists its newest item first, and the store numbers them in feed order
    return store.listArticles({ limit: 100 }).articles.map((a) => a.title).filter((t) => t.startsWith("خبر")).sort();
  } finally {
    store.close();
  }
}

const ITEMS = [
  ["خبر أول", "https://news.example/1", "وصلت قافلة مساعدات إلى مدينة درنة صباح اليوم بعد فتح الطريق الساحلي."],
  ["خبر ثان", "https://news.example/2", "أعلنت بلدية سبها انطلاق حملة لتنظيف الأحياء الجنوبية من المدينة."],
  ["خبر ثالث", "https://news.example/3", "افتتح ميناء الخمس رصيفا جديدا لاستقبال سفن الحاويات القادمة من مالطا."],
] as const;
/** An RSS feed of the first `n` items, newest first as feeds list them. */
const rss = (n: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>أخبار الساحل</title>${ITEMS.slice(0, n)
    .map(([title, link, text]) => `<item><title>${title}</title><link>${link}</link><description>${text}</description></item>`)
    .reverse()
    .join("")}</channel></rss>`;

/** A feed server whose feed is `version()` items long, with an ETag per version and 304 when it matches. */
function feedServer(version: () => number): http.RequestListener {
  return (req, res) => {
    const etag = `"v${version()}"`;
    if (req.headers["if-none-match"] === etag) return res.writeHead(304, { etag }).end();
    res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", etag }).end(rss(version()));
  };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "watch-"));
  db = path.join(dir, "khabar.db");
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  rmSync(dir, { recursive: true, force: true });
});

describe("npm run watch --once", () => {
  it("adds the feed's items, then only the new one after it changed, then nothing on 304", async () => {
    let items = 2;
    server = await serve(feedServer(() => items));
    const url = server.url("/rss");

    const first = await watch(url, "--once");
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(lines(first.stdout)).toEqual([expect.stringMatching(new RegExp(`^\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z ${url}: 200, 2 items, 2 new: 2 added, 0 refused; next poll in 15m$`))]);
    expect(fromFeeds()).toEqual(["خبر أول", "خبر ثان"].sort());

    items = 3;
    const second = await watch(url, "--once");
    expect(second.status).toBe(0);
    expect(second.stdout).toMatch(`${url}: 200, 3 items, 1 new: 1 added, 0 refused; next poll in 15m\n`);
    expect(server.requests[1]?.["if-none-match"]).toBe('"v2"'); // conditional: the last ETag went back
    expect(fromFeeds()).toEqual(["خبر أول", "خبر ثان", "خبر ثالث"].sort());

    const third = await watch(url, "--once");
    expect(third.status).toBe(0);
    expect(third.stdout).toMatch(`${url}: 304 not modified; next poll in 15m\n`);
    expect(server.requests[2]?.["if-none-match"]).toBe('"v3"');
    expect(fromFeeds()).toHaveLength(3);
  });

  it("sends If-Modified-Since when the feed gives only Last-Modified", async () => {
    const modified = "Tue, 01 Dec 2026 08:00:00 GMT";
    server = await serve((req, res) => {
      if (req.headers["if-modified-since"] === modified) return res.writeHead(304).end();
      res.writeHead(200, { "content-type": "text/xml", "last-modified": modified }).end(rss(1));
    });
    const url = server.url("/feed");
    expect((await watch(url, "--once")).stdout).toContain("1 new: 1 added");
    const again = await watch(url, "--once");
    expect(again.stdout).toContain(": 304 not modified");
    expect(server.requests[1]?.["if-modified-since"]).toBe(modified);
    expect(server.requests[1]?.["if-none-match"]).toBeUndefined();
  });

  it("backs off exponentially while a feed fails, and is back to its interval once it works", async () => {
    let failing = true;
    server = await serve((_req, res) => {
      if (failing) return res.writeHead(503, { "content-type": "text/plain" }).end("down");
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(1));
    });
    const url = server.url("/rss");
    const one = await watch(url, "--once", "--every", "1m");
    expect(one.status).toBe(1);
    expect(one.stdout).toMatch(`${url}: error: HTTP 503 Service Unavailable; retry in 2m (1 failure in a row)\n`);
    const two = await watch(url, "--once", "--every", "1m");
    expect(two.stdout).toMatch(`${url}: error: HTTP 503 Service Unavailable; retry in 4m (2 failures in a row)\n`);
    failing = false;
    const three = await watch(url, "--once", "--every", "1m");
    expect(three.status).toBe(0);
    expect(three.stdout).toMatch(`${url}: 200, 1 item, 1 new: 1 added, 0 refused; next poll in 1m\n`);
    const state = JSON.parse(readFileSync(`${db}.watch.json`, "utf8"));
    expect(state.feeds[url]).toMatchObject({ failures: 0, seen: [ITEMS[0][1]] });
  });

  it("polls the feeds a config file lists, and names a feed that is not one", async () => {
    server = await serve((req, res) => {
      if (req.url === "/rss") return res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(2));
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body><p>صفحة</p></body></html>");
    });
    const list = path.join(dir, "feeds.txt");
    writeFileSync(list, `# feeds we follow\n${server.url("/rss")}   # the coast\n\n${server.url("/page")}\n`);
    const r = await watch("--feeds", list, "--once");
    expect(r.status).toBe(1);
    expect(lines(r.stdout)).toEqual([
      expect.stringContaining(`${server.url("/rss")}: 200, 2 items, 2 new: 2 added`),
      expect.stringContaining(`${server.url("/page")}: error: not a readable RSS or Atom feed: Feed not recognized as RSS 1 or 2.; retry in 30m (1 failure in a row)`),
    ]);
  });

  it("refuses a story two feeds carry once, as a duplicate, and still exits 0", async () => {
    server = await serve((_req, res) => res.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(1)));
    const [a, b] = [server.url("/a"), server.url("/b")];
    const r = await watch(a, b, "--once");
    expect(r.status).toBe(0);
    expect(lines(r.stdout)).toEqual([
      expect.stringContaining(`${a}: 200, 1 item, 1 new: 1 added, 0 refused`),
      expect.stringContaining(`${b}: 200, 1 item, 1 new: 0 added, 1 refused`),
    ]);
    expect(r.stderr).toMatch(new RegExp(`^  refused ${b}#item 1: duplicate of article \\d+ \\(.*\\)\n$`));
    expect(fromFeeds()).toEqual(["خبر أول"]);
  });

  it("reports each refused item after its poll's line", async () => {
    server = await serve((_req, res) =>
      res.writeHead(200, { "content-type": "application/rss+xml" }).end(
        `<rss version="2.0"><channel><title>ق</title><item><title>خبر</title><link>https://news.example/9</link></item>${rss(1).replace(/^.*<channel><title>[^<]*<\/title>/, "").replace("</channel></rss>", "")}</channel></rss>`,
      ),
    );
    const url = server.url("/rss");
    const r = await watch(url, "--once");
    expect(r.status).toBe(0); // the poll worked: a broken item is the feed's, and is only reported
    expect(r.stdout).toContain(`${url}: 200, 2 items (1 unreadable), 1 new: 1 added, 0 refused`);
    expect(r.stderr).toBe(`  refused ${url}#item 1: no text: the item has neither content:encoded nor a description\n`);
  });
});

describe("npm run watch, running", () => {
  it("polls again every --every until SIGTERM, then exits 0", async () => {
    server = await serve(feedServer(() => 1));
    const url = server.url("/rss");
    const child = spawn(path.join(ROOT, "node_modules", ".bin", "tsx"), [path.join(ROOT, "scripts/watch.ts"), url, "--every", "1s", "--db", db], { cwd: ROOT });
    let out = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (out += s));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const deadline = Date.now() + 45_000;
    while (lines(out).length < 3 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    const polls = lines(out);
    expect(polls[0]).toContain(`${url}: 200, 1 item, 1 new: 1 added, 0 refused; next poll in 1s`);
    expect(polls[1]).toContain(`${url}: 304 not modified; next poll in 1s`);
    expect(polls[2]).toContain(`${url}: 304 not modified; next poll in 1s`);
    expect(fromFeeds()).toEqual(["خبر أول"]);
  });
});

describe("npm run watch on bad usage or state", () => {
  it.each([
    [[], /name at least one FEED_URL/],
    [["ftp://news.example/rss"], /"ftp:\/\/news.example\/rss" is not an http\(s\) feed URL/],
    [["https://news.example/rss", "--every", "15"], /--every must be a duration such as 15m, 1h or 30s, got "15"/],
  ])("exits 2 on %j", async (args, message) => {
    const r = await watch(...args);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("usage: npm run watch");
  });

  it("names the line of a config file that is not a URL", async () => {
    const list = path.join(dir, "feeds.txt");
    writeFileSync(list, "https://news.example/rss\nnews.example/atom\n");
    const r = await watch("--feeds", list);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`watch: ${list} line 2: "news.example/atom" is not an http(s) URL`);
  });

  it("refuses to start over a damaged state file, leaving it as it was", async () => {
    writeFileSync(`${db}.watch.json`, "{ not json");
    const r = await watch("https://news.example/rss", "--once");
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^watch: ${db}\\.watch\\.json is not JSON: .*; move it away to start afresh\n$`));
    expect(readFileSync(`${db}.watch.json`, "utf8")).toBe("{ not json");
  });
});

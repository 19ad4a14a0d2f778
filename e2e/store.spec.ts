import { spawn } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { serveCorpus } from "./served-corpus";

// The store under a running server: `npm run ingest` writes from another process while the built
// app reads, and what it adds is on the map at the next page load, with no rebuild.

/** Runs the ingest command on `args` against the store at `db`; resolves with its exit status and output. */
function ingest(db: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn("node_modules/.bin/tsx", ["scripts/ingest.ts", ...args, "--db", db], { stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (b: Buffer) => (stdout += b.toString()));
    child.stderr.on("data", (b: Buffer) => (stderr += b.toString()));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

const GHADAMES = "اجتمع أعيان غدامس اليوم لبحث أزمة انقطاع الكهرباء عن المدينة منذ أسبوع، وطالبوا الحكومة بحل عاجل.\n";

test("an article ingested while the server runs is on the map at the next page load, with no rebuild", async ({ page, request }) => {
  test.setTimeout(120_000);
  const served = await serveCorpus();
  expect(served, "the build, served over its own store").toBeDefined();
  try {
    const base = served!.url;
    const before = await (await request.get(`${base}/api/places`)).json();
    expect(before.features.map((f: { id: string }) => f.id)).not.toContain("ghadames");

    const file = join(served!.dir, "ghadames.txt");
    await writeFile(file, GHADAMES);
    const run = await ingest(join(served!.dir, "k.db"), [file, "--title", "أعيان غدامس يبحثون أزمة الكهرباء", "--source", "صحيفة الاختبار"]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const id = /as (\S+) \(/.exec(run.stdout)?.[1];
    expect(id, run.stdout).toBeDefined();

    const after = await (await request.get(`${base}/api/places`)).json();
    const ghadames = after.features.find((f: { id: string }) => f.id === "ghadames");
    expect(ghadames?.properties.count).toBe(1);
    const list = await (await request.get(`${base}/api/articles?limit=1`)).json();
    expect(list.total).toBe(6);
    const sources = await (await request.get(`${base}/api/view`)).json();
    expect(sources.sources).toEqual([{ name: "صحيفة الاختبار", articles: 1, mentions: 1 }]);

    // The article view reads the store too: the new article, its place highlighted and linked.
    await page.goto(`${base}/articles/${id}`);
    await expect(page.locator("article h1")).toHaveText("أعيان غدامس يبحثون أزمة الكهرباء");
    await expect(page.locator('mark[data-place-id="ghadames"]')).toHaveText("غدامس");
    // And the map page opens on it.
    await page.goto(`${base}/?p=ghadames`);
    await expect(page.locator(".leaflet-popup")).toContainText("غدامس");
  } finally {
    await served?.stop();
  }
});

test("the server keeps answering while an ingest writes from another process, and loses no article", async ({ request }) => {
  test.setTimeout(180_000);
  const served = await serveCorpus();
  expect(served).toBeDefined();
  try {
    const base = served!.url;
    const inbox = join(served!.dir, "inbox");
    await mkdir(join(inbox, "deeper"), { recursive: true });
    const towns = ["ترهونة", "غريان", "مصراتة", "سرت", "زليتن", "الخمس", "صبراتة", "الزاوية"];
    for (let i = 0; i < 40; i++) {
      const town = towns[i % towns.length];
      await writeFile(join(inbox, i % 2 ? "deeper" : "", `${i}.txt`), `تقرير رقم ${i}: اشتباكات متقطعة في محيط ${town} صباح اليوم وفق مصادر محلية.\n`);
    }
    const running = ingest(join(served!.dir, "k.db"), [inbox]);
    let done = false;
    void running.then(() => (done = true));
    const statuses: number[] = [];
    while (!done) {
      for (const path of ["/api/view", "/api/places", "/api/articles?limit=5", "/"]) statuses.push((await request.get(`${base}${path}`)).status());
    }
    const run = await running;
    expect(run.status, run.stderr).toBe(0);
    expect(statuses.length).toBeGreaterThan(3);
    expect(statuses.filter((s) => s !== 200)).toEqual([]);
    const list = await (await request.get(`${base}/api/articles?limit=1`)).json();
    expect(list.total).toBe(45);
  } finally {
    await served?.stop();
  }
});

test("GET /api/articles pages, sorts and filters the stored articles, and refuses bad paging", async ({ request }) => {
  const first = await (await request.get("/api/articles?limit=2")).json();
  expect(first.total).toBe(5);
  expect(first.articles.map((a: { id: string }) => a.id)).toEqual(["003", "004"]);
  expect(first.articles[0]).toMatchObject({ id: "003", published: { from: "2020-07-03", to: "2020-07-03" }, origin: "seeds/003_dfbf6940fa5a6b70.txt" });
  expect(typeof first.articles[0].mentionCount).toBe("number");
  const oldest = await (await request.get("/api/articles?limit=1&sort=oldest")).json();
  expect(oldest.articles[0].id).toBe("001");
  const june = await (await request.get("/api/articles?from=2020-06&to=2020-06")).json();
  expect(june.articles.map((a: { id: string }) => a.id)).toEqual(["004"]);
  // The topic, as the map's `what` (or `q` here): only articles with a mention in a matching sentence.
  const drone = await (await request.get(`/api/articles?q=${encodeURIComponent("مسيرة")}`)).json();
  expect(drone.total).toBeGreaterThan(0);
  expect(drone.total).toBeLessThan(5);
  for (const bad of ["limit=0", "limit=101", "offset=-1", "sort=random", "limit=1&limit=2"]) {
    const res = await request.get(`/api/articles?${bad}`);
    expect(res.status(), bad).toBe(400);
    expect((await res.json()).error, bad).toBeTruthy();
  }
});

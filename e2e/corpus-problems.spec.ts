import { spawn, type ChildProcess } from "node:child_process";
import { copyFile, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test, expect } from "./fixtures";

/** A port nobody holds now (the OS picks it). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Waits until the server answers its home page. */
async function ready(url: string, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 240; i++) {
    if (server.exitCode !== null) throw new Error(`the second server exited with ${server.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no answer from ${url}`);
}

// The same production build, served a second time over a copy of seeds/ with two bad files added:
// the map must still show the five good articles and name each bad file with its reason.
test("files in seeds/ that cannot be read are named in the Articles tab with why, and the others still load", async ({ page }) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(join(tmpdir(), "khabar-seeds-"));
  for (const f of await readdir("seeds")) await copyFile(join("seeds", f), join(dir, f));
  await writeFile(join(dir, "006_broken.txt"), Buffer.from([0xd8, 0xb3, 0xd8, 0xb1, 0xff, 0xd8, 0xaa]));
  await writeFile(join(dir, "تقرير طرابلس.txt"), "مقال عن طرابلس، واسم ملفه لا يصلح رقمًا له");
  const port = await freePort();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, KHABAR_SEEDS_DIR: dir },
    stdio: "ignore",
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await ready(base, server);
    await page.goto(`${base}/?panel=articles`);
    const problems = page.locator(".corpus-problems");
    await expect(problems).toContainText("left out");
    await expect(problems.locator('li[data-file="006_broken.txt"]')).toContainText("not valid UTF-8");
    await expect(problems.locator('li[data-file="تقرير طرابلس.txt"]')).toContainText("no usable article id");
    await expect(problems.locator("li")).toHaveCount(2);
    // The good articles are all there, and so are their places on the map.
    await expect(page.locator(".article-list li[data-article-id]")).toHaveCount(5);
    await expect(page.locator(".place-marker, .place-cluster").first()).toBeVisible();
    // The Arabic interface says it in Arabic, the file names as they are.
    await page.goto(`${base}/?panel=articles&lang=ar`);
    await expect(problems).toContainText("لم تُحمَّل");
    await expect(problems.locator('li[data-file="006_broken.txt"]')).toBeVisible();
  } finally {
    server.kill();
    await rm(dir, { recursive: true, force: true });
  }
});

test("with every file in seeds/ readable, no problem note is shown", async ({ page }) => {
  await page.goto("/?panel=articles");
  await expect(page.locator(".article-list li[data-article-id]")).toHaveCount(5);
  await expect(page.locator(".corpus-problems")).toHaveCount(0);
});

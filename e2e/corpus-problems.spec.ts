import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { test, expect } from "./fixtures";
import { serveCorpus } from "./served-corpus";

// The same production build, served a second time over a copy of seeds/ with two bad files added
// (and a store of its own): the map must still show the five good articles and name each bad
// file with its reason.
test("files in seeds/ that cannot be read are named in the Articles tab with why, and the others still load", async ({ page }) => {
  test.setTimeout(120_000);
  const served = await serveCorpus({
    edit: async (dir) => {
      await writeFile(join(dir, "006_broken.txt"), Buffer.from([0xd8, 0xb3, 0xd8, 0xb1, 0xff, 0xd8, 0xaa]));
      await writeFile(join(dir, "تقرير طرابلس.txt"), "مقال عن طرابلس، واسم ملفه لا يصلح رقمًا له");
    },
  });
  try {
    expect(served, "the build, served over the copied seeds").toBeDefined();
    const base = served!.url;
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
    await served?.stop();
  }
});

test("with every file in seeds/ readable, no problem note is shown", async ({ page }) => {
  await page.goto("/?panel=articles");
  await expect(page.locator(".article-list li[data-article-id]")).toHaveCount(5);
  await expect(page.locator(".corpus-problems")).toHaveCount(0);
});

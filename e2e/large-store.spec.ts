import { test, expect } from "./fixtures";
import { serveCorpus, type ServedCorpus } from "./served-corpus";
import { listedPlaces, openMap } from "./view-helpers";

// 10,000 synthetic articles (scripts/synth-store.ts) after the five seeds, in a store of their own:
// the Articles tab pages them from the server and never holds more than a page of rows.
const SYNTHETIC = 10_000;
const TOTAL = SYNTHETIC + 5;
const PAGES = Math.ceil(TOTAL / 50);

let served: ServedCorpus | undefined;
test.describe.configure({ mode: "serial" });
test.beforeAll(async () => {
  test.setTimeout(300_000);
  served = await serveCorpus({ synthetic: SYNTHETIC });
});
test.afterAll(async () => {
  await served?.stop();
});

test("the Articles tab pages 10,000 articles fifty at a time, sorted and searched on the server, and stays responsive", async ({ page }) => {
  test.setTimeout(120_000);
  expect(served, "the build, served over a 10,000-article store").toBeDefined();
  const base = served!.url;
  await openMap(page, `${base}/?panel=articles`);
  const rows = page.locator(".article-list li[data-article-id]");
  const pager = page.getByRole("navigation", { name: "Pages of articles" });
  await expect(rows).toHaveCount(50);
  await expect(pager.locator(".pager-count")).toHaveText(`Page 1 of ${PAGES}`);
  await expect(page.getByRole("tab", { name: /Articles/ }).locator(".tab-count")).toHaveText(String(TOTAL));
  // Each row: the title linked to its article, the outlet, the date and the mention count.
  const first = rows.first();
  await expect(first.locator("a.article-title")).toHaveAttribute("href", /^\/articles\/[\w-]+$/);
  await expect(first.locator(".article-outlet")).toHaveText(/^وكالة الأنباء \d+$/);
  await expect(first.locator(".article-date")).toHaveText(/20\d\d$/);
  await expect(first.locator(".article-mentions")).toHaveText(/^\d+ place mentions$/);
  const firstIds = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-article-id")));

  // Next page: fifty other rows, soon, and never more than a page in the document.
  const t0 = Date.now();
  await pager.getByRole("button", { name: "Next page" }).click();
  // The pager answers the click at once; the rows follow when the server's page arrives.
  await expect(pager.locator(".pager-count")).toHaveText(`Page 2 of ${PAGES}`);
  await expect(page.locator(".article-list")).toHaveAttribute("data-offset", "50");
  expect(Date.now() - t0, "page 2 shown within 3 s").toBeLessThan(3_000);
  await expect(rows).toHaveCount(50);
  const secondIds = await rows.evaluateAll((els) => els.map((e) => e.getAttribute("data-article-id")));
  expect(secondIds.filter((id) => firstIds.includes(id))).toEqual([]);
  // Newest first: page 2's dates are no later than page 1's (ISO dates on the API sort as strings).
  const newest = await page.request.get(`${base}/api/articles?offset=0&limit=50`).then((r) => r.json() as Promise<{ articles: { id: string }[] }>);
  expect(newest.articles.map((a) => a.id)).toEqual(firstIds);

  await pager.getByRole("button", { name: "Last page" }).click();
  await expect(pager.locator(".pager-count")).toHaveText(`Page ${PAGES} of ${PAGES}`);
  await expect(rows).toHaveCount(TOTAL - (PAGES - 1) * 50);
  await expect(pager.getByRole("button", { name: "Next page" })).toBeDisabled();

  // Oldest first starts again at page 1, with the earliest dates (the synthetic corpus starts in 2011).
  await page.getByLabel("Order").selectOption("oldest");
  await expect(pager.locator(".pager-count")).toHaveText(`Page 1 of ${PAGES}`);
  await expect(rows.first().locator(".article-date")).toHaveText(/2011$/);
  await expect(rows).toHaveCount(50);

  // A title search narrows the list on the server: every row holds the words.
  const title = (await rows.first().locator(".article-title").textContent())!;
  const words = title.replace(/\(\d+\)\s*$/, "").split(/\s+/).filter((w) => w.length > 3).slice(0, 2).join(" ");
  await page.getByRole("searchbox", { name: "Search article titles" }).fill(words);
  // Past the debounce and the request: a count, and not the whole store's.
  await expect(page.locator(".article-status")).toHaveText(new RegExp(`^(?!${TOTAL} )\\d+ articles$`));
  const found = Number((await page.locator(".article-status").textContent())!.split(" ")[0]);
  expect(found).toBeGreaterThan(0);
  expect(found).toBeLessThan(TOTAL);
  await expect(rows).toHaveCount(Math.min(50, found));

  // Checking a row on any page narrows the map to it.
  await page.getByRole("searchbox", { name: "Search article titles" }).fill("");
  await page.getByLabel("Order").selectOption("newest");
  await expect(page.locator(".article-status")).toHaveText(`${TOTAL} articles`);
  await pager.getByRole("button", { name: "Next page" }).click();
  await expect(pager.locator(".pager-count")).toHaveText(`Page 2 of ${PAGES}`);
  await expect(page.locator(".article-list")).toHaveAttribute("data-offset", "50");
  const pick = rows.nth(3);
  const id = (await pick.getAttribute("data-article-id"))!;
  await pick.getByRole("checkbox").check();
  await expect(page).toHaveURL(new RegExp(`[?&]a=${id}(&|$)`));
  await expect(page.locator(".filter-note")).toHaveText(new RegExp(`Showing 1 of ${TOTAL} articles`));
  await page.getByRole("tab", { name: /Places/ }).click();
  await expect(page.locator(".map-app")).toHaveAttribute("data-view-status", "ready");
  const view = (await (await page.request.get(`${base}/api/view?a=${id}`)).json()) as { places: { id: string; kind: string }[] };
  expect(await listedPlaces(page)).toEqual(view.places.filter((p) => p.kind !== "country").map((p) => p.id));
});

test("the map's first page stays small with 10,000 articles stored", async ({ request }) => {
  expect(served).toBeDefined();
  const res = await request.get(`${served!.url}/`, { headers: { "Accept-Encoding": "identity" } });
  const html = await res.text();
  // Fifty article rows at most travel with the page, never the whole list.
  expect(html.length).toBeLessThan(1_000_000);
  expect((html.match(/synthetic\/\d+\.txt/g) ?? []).length).toBeLessThanOrEqual(2 * 50);
});

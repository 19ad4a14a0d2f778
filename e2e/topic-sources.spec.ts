import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { serveCorpus, setOutlets } from "./served-corpus";
import { copyLink, freshContext, listedPlaces, openMap, popupReady } from "./view-helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

type ApiView = { places: { id: string; kind: string; count: number }[]; sources: { name: string; articles: number; mentions: number }[] };

/** The places GET /api/view gives for a query, drawn ones (the Places tab), most mentioned first. */
async function apiPlaces(page: Page, base: string, query: string): Promise<string[]> {
  const res = await page.request.get(`${base}/api/view?${query}`);
  expect(res.ok()).toBe(true);
  const view = (await res.json()) as ApiView;
  return view.places.filter((p) => p.kind !== "country").map((p) => p.id);
}

const TOPIC = "مسيرة";

test("a topic query narrows the map to the mentions whose sentence holds it, and the quotes mark it", async ({ page }) => {
  await openMap(page);
  const all = await listedPlaces(page);
  const topic = page.getByRole("textbox", { name: "Topic" });
  await topic.fill(TOPIC);
  await expect(page).toHaveURL(new RegExp(`[?&]what=${encodeURIComponent(TOPIC)}(&|$)`));
  // Abu Qurain is named only in article 002, which never says مسيرة: it leaves the map.
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(0);
  await expect(page.locator(".map-app")).toHaveAttribute("data-view-status", "ready");
  const kept = await listedPlaces(page);
  expect(kept).toEqual(await apiPlaces(page, "", `what=${encodeURIComponent(TOPIC)}`));
  expect(kept).toContain("misrata");
  expect(kept.length).toBeLessThan(all.length);
  // The markers follow: Abu Qurain's is gone, Misrata's counts only its one matching mention.
  await expect(page.locator('.place-marker[data-place-id="abu-qurain"]')).toHaveCount(0);
  await expect(page.locator('.place-row[data-place-id="misrata"] .count')).toHaveText("1");

  await page.locator('.place-row[data-place-id="misrata"]').click();
  await popupReady(page, "misrata");
  const quotes = page.locator(".leaflet-popup .quote");
  await expect(quotes).toHaveCount(1);
  // «… طائرة مسيرة أغارت على مصراتة …»: the topic word and the place name, each marked.
  await expect(quotes.first().locator("mark.topic-mark")).toHaveText([TOPIC]);
  await expect(quotes.first().locator("mark:not(.topic-mark)")).toHaveText(["مصراتة"]);

  // The export follows the topic too.
  const csv = page.getByRole("region", { name: "Export" }).getByRole("link", { name: "CSV", exact: true });
  await csv.dispatchEvent("click");
  expect(new URL((await csv.getAttribute("href"))!, "http://x").searchParams.get("what")).toBe(TOPIC);

  // The clear button gives every place back.
  await page.getByRole("button", { name: "Clear the topic" }).click();
  await expect(page).not.toHaveURL(/what=/);
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(1);
  await expect(topic).toHaveValue("");
});

test("a topic survives a shared link and a reload, in Arabic, and names the preview", async ({ page, browser }) => {
  await openMap(page, "/?lang=ar");
  const topic = page.getByRole("textbox", { name: "الموضوع" });
  await topic.fill(TOPIC);
  await topic.press("Enter");
  await expect(page).toHaveURL(/[?&]what=/);
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(0);
  const kept = await listedPlaces(page);
  const url = await copyLink(page, page.locator(".share-view button"));
  expect(new URL(url).searchParams.get("what")).toBe(TOPIC);

  await page.reload();
  await expect(page.getByRole("textbox", { name: "الموضوع" })).toHaveValue(TOPIC);
  expect(await listedPlaces(page)).toEqual(kept);

  const other = await freshContext(browser);
  await openMap(other.page, url);
  expect(await listedPlaces(other.page)).toEqual(kept);
  await other.page.locator('.place-row[data-place-id="misrata"]').click();
  await popupReady(other.page, "misrata");
  await expect(other.page.locator(".leaflet-popup .quote mark.topic-mark")).toHaveText([TOPIC]);
  await other.done();

  const html = await (await page.request.get(`/?what=${encodeURIComponent(TOPIC)}`)).text();
  expect(html).toContain(`<title>“${TOPIC}” · Khabar Map</title>`);
});

test("Back and Forward step through topics, the box and the map following", async ({ page }) => {
  await openMap(page);
  const all = await listedPlaces(page);
  const topic = page.getByRole("textbox", { name: "Topic" });
  await topic.fill(TOPIC);
  await expect(page).toHaveURL(/[?&]what=/);
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(0);
  const kept = await listedPlaces(page);
  await page.goBack();
  await expect(page).not.toHaveURL(/what=/);
  await expect(topic).toHaveValue("");
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(1);
  expect(await listedPlaces(page)).toEqual(all);
  await page.goForward();
  await expect(topic).toHaveValue(TOPIC);
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(0);
  expect(await listedPlaces(page)).toEqual(kept);
});

test("with no outlet recorded the Sources tab says so", async ({ page }) => {
  await openMap(page, "/?panel=sources");
  await expect(page.getByRole("tab", { name: /Sources/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(".sources-empty")).toHaveText("These articles record no outlet.");
  await openMap(page, "/?panel=sources&lang=ar");
  await expect(page.locator(".sources-empty")).toHaveText("لا تذكر هذه المقالات مصادرها.");
});

// A copy of the seeds whose articles.json names outlets: 002 and 003 from Al Wasat, 004 from
// بوابة الوسط, 000 and 001 from none, served over a store of its own.
test("the Sources facet lists each outlet with its counts, filters the map and the articles, and survives a reload", async ({ page }) => {
  test.setTimeout(120_000);
  const served = await serveCorpus({ edit: (dir) => setOutlets(dir, { "002": "Al Wasat", "003": "Al Wasat", "004": "بوابة الوسط" }) });
  expect(served, "the build, served over seeds with outlets").toBeDefined();
  const base = served!.url;
  try {
    await openMap(page, `${base}/?panel=sources`);
    const rows = page.locator(".source-list li");
    await expect(rows).toHaveCount(2);
    const wasat = page.locator('.source-list li[data-source="Al Wasat"]');
    await expect(wasat.locator(".source-articles")).toHaveText("2 articles");
    const api = (await (await page.request.get(`${base}/api/view`)).json()) as ApiView;
    const counted = api.sources.find((s) => s.name === "Al Wasat")!;
    await expect(wasat.locator(".source-mentions")).toHaveText(`${counted.mentions} mentions`);
    await expect(page.locator('.source-list li[data-source="بوابة الوسط"] .source-articles')).toHaveText("1 article");

    const all = await apiPlaces(page, base, "");
    await wasat.getByRole("checkbox").check();
    await expect(page).toHaveURL(/[?&]source=Al%20Wasat(&|$)/);
    // Both outlets stay listed: the facet counts under every filter but its own.
    await expect(rows).toHaveCount(2);
    await page.getByRole("tab", { name: /Places/ }).click();
    await expect(page.locator(".map-app")).toHaveAttribute("data-view-status", "ready");
    const kept = await listedPlaces(page);
    expect(kept).toEqual(await apiPlaces(page, base, "source=Al%20Wasat"));
    expect(kept).toContain("abu-qurain");
    const gone = all.find((id) => !kept.includes(id))!;
    expect(gone, "a place only the other articles name").toBeDefined();
    await expect(page.locator(`.place-marker[data-place-id="${gone}"]`)).toHaveCount(0);
    // The Articles tab lists that outlet's articles only, each naming it.
    await page.getByRole("tab", { name: /Articles/ }).click();
    const articles = page.locator(".article-list li[data-article-id]");
    await expect(articles).toHaveCount(2);
    expect(await articles.evaluateAll((els) => els.map((e) => e.getAttribute("data-article-id")).sort())).toEqual(["002", "003"]);
    await expect(articles.locator(".article-outlet")).toHaveText(["Al Wasat", "Al Wasat"]);

    await page.reload();
    await expect(page.getByRole("tab", { name: /Articles/ })).toHaveAttribute("aria-selected", "true");
    await expect(articles).toHaveCount(2);
    await page.getByRole("tab", { name: /Sources/ }).click();
    await expect(wasat.getByRole("checkbox")).toBeChecked();
    await page.getByRole("tab", { name: /Places/ }).click();
    expect(await listedPlaces(page)).toEqual(kept);

    // In Arabic, from the right; clearing the choice gives the whole map back.
    await openMap(page, `${base}/?panel=sources&source=Al%20Wasat&lang=ar`);
    await expect(page.locator(".source-list li").first()).toBeVisible();
    await page.getByRole("button", { name: "كل المصادر" }).click();
    await expect(page).not.toHaveURL(/source=/);
    await page.getByRole("tab", { name: /الأماكن/ }).click();
    await expect(page.locator(`.place-row[data-place-id="${gone}"]`)).toHaveCount(1);
  } finally {
    await served?.stop();
  }
});

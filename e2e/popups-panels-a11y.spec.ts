import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { choose, copyLink, mapEl, mapView, openMap, pasteArticle, popup, popupReady, settledBox } from "./view-helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** A date as formatDateRange writes it in Arabic: an Arabic month name, Western digits, nothing in Latin letters. */
const ARABIC_DATE =
  /^(\d{1,2}(–\d{1,2})? )?(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر)( \d{4})?( – (\d{1,2} )?(يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر))? \d{4}$/;

const direction = (loc: Locator): Promise<string> => loc.evaluate((el) => getComputedStyle(el).direction);

/** Where the first and the last character of an element's text are drawn (left edge, in px). */
const textEnds = (loc: Locator): Promise<{ first: number; last: number }> =>
  loc.evaluate((el) => {
    const text = el.firstChild!;
    const at = (i: number) => {
      const r = document.createRange();
      r.setStart(text, i);
      r.setEnd(text, i + 1);
      return r.getBoundingClientRect().x;
    };
    return { first: at(0), last: at(text.textContent!.length - 1) };
  });

const placePopup = (page: Page, id: string): Locator => page.locator(`.leaflet-popup:has(.place-popup[data-place-id="${id}"])`);

test("a quote link copied after panning carries the map's centre at the moment of copying", async ({ page }) => {
  await openMap(page);
  await choose(page, "misrata");
  const quote = popup(page).locator(".quote").first();
  const copy = quote.getByRole("button", { name: "Copy link to this quote" });
  // Copied once, the quote is the selected one: nothing in the popup changes after this.
  await copyLink(page, copy);
  await expect(quote).toHaveAttribute("aria-current", "true");
  await settledBox(placePopup(page, "misrata"));
  const start = await mapView(page);
  // Leaflet pans by keyboard while its container has focus; the popup stays open and unchanged.
  await mapEl(page).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  await expect.poll(async () => (await mapView(page)).lon).toBeGreaterThan(start.lon);
  await settledBox(placePopup(page, "misrata"));
  const moved = await mapView(page);
  // The first "Link copied" clears itself; then copy again.
  await expect(quote.locator(".copy-status")).toHaveText("");
  const url = new URL(await copyLink(page, copy));
  expect(url.searchParams.get("c")).toBe(`${moved.lat},${moved.lon}`);
  expect(Number(url.searchParams.get("z"))).toBe(moved.zoom);
  expect(url.searchParams.get("m")).toBe(await quote.getAttribute("data-mention-id"));
});

test("on a phone an open popup is drawn above the legend, even the unfolded legend", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openMap(page);
  await page.locator(".legend summary").click();
  await expect(page.locator(".legend")).toHaveAttribute("open", "");
  await choose(page, "misrata");
  const title = placePopup(page, "misrata").locator(".place-title");
  const box = await settledBox(title);
  const onTop = await page.evaluate(
    ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest(".leaflet-popup")),
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(onTop).toBe(true);
  // Closed again, the legend is back.
  await placePopup(page, "misrata").locator(".leaflet-popup-close-button").click();
  await expect(popup(page)).toHaveCount(0);
  await expect(page.locator(".legend")).toBeVisible();
});

test("narrowing the articles while a popup shows a later page of quotes starts its list again", async ({ page }) => {
  await openMap(page);
  await choose(page, "misrata");
  const p = placePopup(page, "misrata");
  await p.getByRole("button", { name: "Next quotes" }).click();
  await expect(p.locator(".pager-count")).toHaveText("6–10 of 14");
  await page.getByRole("tab", { name: /Articles/ }).click();
  // Article 002 holds 7 of Misrata's 14 quotes.
  await page.locator('[data-article-id="002"] input[type="checkbox"]').check();
  await expect(page).toHaveURL(/[?&]a=002(&|$)/);
  await expect(p.locator(".pager-count")).toHaveText("1–5 of 7");
  await expect(p.getByRole("button", { name: "Previous quotes" })).toBeDisabled();
  await expect(p.locator(".mention-list")).toHaveAttribute("data-status", "ready");
  await expect(p.locator(".quote")).toHaveCount(5);
  await expect(p.locator(".quotes")).toHaveAttribute("start", "1");
});

test("a quote reopened from history lands on its page when pasted quotes are listed before it", async ({ page }) => {
  await openMap(page);
  // Two pasted quotes of Misrata come first, so its 5th saved quote is 7th: on the second page.
  await pasteArticle(page, "وصلت قافلة مساعدات طبية إلى مصراتة صباح اليوم. وقال مسؤول في مصراتة إن المستشفيات بحاجة إلى أدوية.", "قافلة إلى مصراتة");
  const saved = (await (await page.request.get("/api/places/misrata/mentions?offset=4&limit=1")).json()) as {
    mentions: { id: string }[];
  };
  const fifth = saved.mentions[0]!.id;
  await choose(page, "misrata");
  const p = placePopup(page, "misrata");
  await expect(p.locator(".quote .unsaved-badge")).toHaveCount(2);
  await p.getByRole("button", { name: "Next quotes" }).click();
  await expect(p.locator(".pager-count")).toHaveText("6–10 of 16");
  const quote = p.locator(`.quote[data-mention-id="${fifth}"]`);
  await copyLink(page, quote.getByRole("button", { name: "Copy link to this quote" }));
  await expect(page).toHaveURL(new RegExp(`[?&]m=${fifth}`));
  await p.locator(".leaflet-popup-close-button").click();
  await expect(page).not.toHaveURL(/[?&]p=/);
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`[?&]m=${fifth}`));
  await popupReady(page, "misrata");
  await expect(p.locator(".pager-count")).toHaveText("6–10 of 16");
  await expect(p.locator(`.quote[data-mention-id="${fifth}"]`)).toHaveAttribute("aria-current", "true");
});

test("copying without the Clipboard API gives focus back to the button", async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, "clipboard", { get: () => undefined });
  });
  await openMap(page);
  const button = page.locator(".share-view button");
  await button.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator(".share-view .copy-status")).toHaveText("Link copied");
  await expect(button).toBeFocused();
});

test("controls are named for what they act on and their names hold their visible text", async ({ page }) => {
  await openMap(page);
  const share = page.locator(".share-view button");
  await expect(share).toHaveAccessibleName("Copy link");
  await expect(share).toHaveAccessibleDescription("Copy a link to this view");

  // Each tab controls a panel that exists (only the chosen tab's panel is rendered).
  for (const tab of await page.getByRole("tab").all()) {
    const controls = await tab.getAttribute("aria-controls");
    if (controls) await expect(page.locator(`[id="${controls}"]`)).toHaveCount(1);
  }
  await expect(page.getByRole("tab", { selected: true })).toHaveAttribute("aria-controls", /.+/);

  await page.getByRole("tab", { name: /Articles/ }).click();
  const rows = page.locator(".article-list li");
  expect(await rows.count()).toBeGreaterThan(1);
  for (const row of await rows.all()) {
    const title = (await row.locator(".article-title").textContent())!.trim();
    await expect(row.getByRole("checkbox")).toHaveAccessibleName(`Show on the map ${title}`);
  }

  await page.getByRole("tab", { name: /Places/ }).click();
  await choose(page, "misrata");
  for (const button of await popup(page).locator(".pager button, .copy-link button").all()) {
    const visible = (await button.evaluate((b) => (b as HTMLElement).innerText)).replace(/[←→]/g, "").trim();
    const name = await button.evaluate((b) => b.getAttribute("aria-label") ?? (b as HTMLElement).innerText);
    expect(name, visible).toContain(visible);
  }
});

test("in Arabic the pager, dates, loading text and date fields read in Arabic and right to left", async ({ page, request }) => {
  const html = await (await request.get("/?lang=ar")).text();
  expect(html).toContain("جارٍ تحميل الخريطة…");
  expect(html).not.toContain("Loading the map");

  await openMap(page, "/?lang=ar");
  for (const name of ["from", "to"]) await expect(page.locator(`.timeline input[name="${name}"]`)).toHaveAttribute("dir", "ltr");
  await choose(page, "misrata");
  const p = placePopup(page, "misrata");
  const pager = p.getByRole("navigation", { name: "الاقتباسات" });
  await expect(pager.locator(".pager-count")).toHaveText("1–5 من 14");
  const prev = pager.getByRole("button", { name: "الاقتباسات السابقة" });
  const next = pager.getByRole("button", { name: "الاقتباسات التالية" });
  await expect(prev).toHaveText("→ السابقة");
  await expect(next).toHaveText("التالية ←");
  // Right to left: "previous" is the right-hand button and its arrow points right.
  expect((await prev.boundingBox())!.x).toBeGreaterThan((await next.boundingBox())!.x);
  await expect(p.locator(".quote-source a").first()).toHaveAttribute("href", /^\/articles\/\d+\?lang=ar#m-\d+$/);

  // Dates name the month in Arabic and read from the right: the day is drawn right of the year.
  const quoteDate = p.locator(".quote-date").first();
  await expect(quoteDate).toHaveText(ARABIC_DATE);
  expect(await direction(quoteDate)).toBe("rtl");
  const quoteEnds = await textEnds(quoteDate);
  expect(quoteEnds.first).toBeGreaterThan(quoteEnds.last);

  await page.getByRole("tab", { name: /المقالات/ }).click();
  const listed = page.locator('.article-list [data-article-id="003"] .article-date');
  await expect(listed).toHaveText("3 يوليو 2020");
  expect(await direction(listed)).toBe("rtl");
  const listedEnds = await textEnds(listed);
  expect(listedEnds.first).toBeGreaterThan(listedEnds.last);
  await expect(page.locator('.article-list [data-article-id="002"] .article-date')).toHaveText("20–31 يناير 2020");
  await expect(page.locator('.article-list [data-article-id="001"] .article-date')).toHaveText("12 يناير – 1 مارس 2020");
});

test("in English dates stay as they were, \"3 Jul 2020\", left to right", async ({ page }) => {
  await openMap(page);
  await choose(page, "misrata");
  const quoteDate = placePopup(page, "misrata").locator(".quote-date").first();
  await expect(quoteDate).toHaveText(/^\d{1,2}(–\d{1,2})? (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)( \d{4})?( – \d{1,2} [A-Z][a-z]{2})? \d{4}$/);
  expect(await direction(quoteDate)).toBe("ltr");
  await page.getByRole("tab", { name: /Articles/ }).click();
  const listed = page.locator('.article-list [data-article-id="003"] .article-date');
  await expect(listed).toHaveText("3 Jul 2020");
  expect(await direction(listed)).toBe("ltr");
  const ends = await textEnds(listed);
  expect(ends.first).toBeLessThan(ends.last);
  await expect(page.locator('.article-list [data-article-id="001"] .article-date')).toHaveText("12 Jan – 1 Mar 2020");
});

test("an article opened from the Arabic map is in Arabic, and its links lead back to the Arabic map", async ({ page }) => {
  await page.goto("/articles/002?lang=ar");
  const main = page.locator("main");
  await expect(main).toHaveAttribute("lang", "ar");
  await expect(main).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("link", { name: "→ العودة إلى الخريطة" })).toHaveAttribute("href", "/?lang=ar");
  await expect(page.getByRole("link", { name: "اعرض هذا المقال على الخريطة" })).toHaveAttribute("href", "/?a=002&lang=ar");
  for (const name of await page.locator(".article-places [lang='ar']").all()) await expect(name).toHaveAttribute("dir", "rtl");
  await expect(page.locator(".article-places a").first()).toHaveAttribute("href", /[?&]lang=ar/);
  await expect(page.locator(".article-body mark a").first()).toHaveAttribute("href", /[?&]lang=ar/);
  const date = page.locator(".article-facts .article-date");
  await expect(date).toHaveText("20–31 يناير 2020");
  expect(await direction(date)).toBe("rtl");

  await page.goto("/articles/002");
  await expect(page.locator("main")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: "← Back to the map" })).toHaveAttribute("href", "/");
  await expect(page.locator(".article-facts .article-date")).toHaveText("20–31 Jan 2020");
  expect(await direction(page.locator(".article-facts .article-date"))).toBe("ltr");
});

/** Whether two boxes share any area. */
const overlap = (a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

for (const lang of ["en", "ar"] as const) {
  test(`at 768 and 375 px wide (${lang}) the timeline is wide enough and clear of the panel and the legend`, async ({ page }) => {
    await page.setViewportSize({ width: 768, height: 900 });
    await openMap(page, `/?lang=${lang}`);
    const timeline = await settledBox(page.locator(".timeline"));
    expect(timeline.width).toBeGreaterThanOrEqual(300);
    expect(overlap(timeline, (await page.locator(".side-panel").boundingBox())!)).toBe(false);
    expect(overlap(timeline, (await page.locator(".legend").boundingBox())!)).toBe(false);

    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    await openMap(page, `/?lang=${lang}`);
    const small = await settledBox(page.locator(".timeline"));
    await page.locator(".legend summary").click();
    expect(overlap(small, (await page.locator(".legend").boundingBox())!)).toBe(false);
    expect(overlap(small, (await page.locator(".leaflet-control-zoom").boundingBox())!)).toBe(false);
  });
}

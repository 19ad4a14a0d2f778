import { test, expect } from "./fixtures";
import { copyLink, freshContext, listedPlaces, openMap, popupReady } from "./view-helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("narrowing the timeline to June–July 2020 keeps Sirte and Jufra and drops Abu Qurain", async ({ page }) => {
  await openMap(page);
  const all = await listedPlaces(page);
  expect(all).toEqual(expect.arrayContaining(["sirte", "jufra", "abu-qurain"]));
  await page.locator('.timeline input[name="from"]').fill("2020-06-01");
  await page.locator('.timeline input[name="to"]').fill("2020-07-31");
  await expect(page).toHaveURL(/from=2020-06-01&to=2020-07-31/);
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(0);
  const kept = await listedPlaces(page);
  expect(kept).toEqual(expect.arrayContaining(["sirte", "jufra"]));
  expect(kept.length).toBeLessThan(all.length);
  // Counts follow the filter: Sirte has 8 mentions in all, 7 in June–July.
  await expect(page.locator('.place-row[data-place-id="sirte"] .count')).toHaveText("7");
  await expect(page.locator(".timeline-undated")).toHaveText("0 undated");
});

test("dragging across the timeline bars sets the date range", async ({ page }) => {
  await openMap(page);
  const bins = page.locator(".timeline-bin");
  const starts = await bins.evaluateAll((els) => els.map((e) => e.getAttribute("data-start")!));
  const ends = await bins.evaluateAll((els) => els.map((e) => e.getAttribute("data-end")!));
  const first = ends.findIndex((e) => e >= "2020-06-01");
  const last = starts.findLastIndex((s) => s <= "2020-07-31");
  const a = (await bins.nth(first).locator(".timeline-hit").boundingBox())!;
  const b = (await bins.nth(last).locator(".timeline-hit").boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 6 });
  await page.mouse.up();
  await expect(page).toHaveURL(new RegExp(`from=${starts[first]}&to=${ends[last]}`));
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(0);
  await expect(page.locator('.place-row[data-place-id="sirte"]')).toHaveCount(1);
  await expect(page.locator('.place-row[data-place-id="jufra"]')).toHaveCount(1);
});

test("choosing article 002 shows Abu Qurain, Al Washka and Al Qaddahiya and not Ain Zara", async ({ page }) => {
  await openMap(page);
  await page.getByRole("tab", { name: /Articles/ }).click();
  await page.locator('[data-article-id="002"] input[type="checkbox"]').check();
  await expect(page).toHaveURL(/[?&]a=002(&|$)/);
  await page.getByRole("tab", { name: /Places/ }).click();
  await expect(page.locator('.place-row[data-place-id="ain-zara"]')).toHaveCount(0);
  const kept = await listedPlaces(page);
  expect(kept).toEqual(expect.arrayContaining(["abu-qurain", "al-washka", "al-qaddahiya"]));
  // Popups show only that article's quotes.
  await page.locator('.place-row[data-place-id="sirte"]').click();
  await popupReady(page, "sirte");
  const quotes = page.locator(".leaflet-popup .quote");
  await expect(quotes).toHaveCount(1);
  expect(await quotes.first().getAttribute("data-mention-id")).toMatch(/^002:/);
});

test("the article view's link shows only that article on the map", async ({ page }) => {
  await page.goto("/articles/002");
  await page.getByRole("link", { name: "Show this article on the map" }).click();
  await expect(page).toHaveURL(/\/\?a=002$/);
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(1);
  await expect(page.locator('.place-row[data-place-id="ain-zara"]')).toHaveCount(0);
});

test("typing بوقرين then Enter opens Abu Qurain's popup; unmentioned places say so", async ({ page }) => {
  await openMap(page);
  const box = page.getByRole("combobox");
  await box.click();
  await box.fill("بوقرين");
  const list = page.getByRole("listbox");
  await expect(list.getByRole("option").first()).toHaveAttribute("data-place-id", "abu-qurain");
  await expect(box).toHaveAttribute("aria-expanded", "true");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await box.press("Enter");
  await popupReady(page, "abu-qurain");
  await expect(page).toHaveURL(/[?&]p=abu-qurain/);

  await box.fill("misurata");
  await expect(list.getByRole("option").first()).toHaveAttribute("data-place-id", "misrata");
  await box.press("Escape");
  await expect(box).toHaveAttribute("aria-expanded", "false");
  // A gazetteer place no article names is found and flagged.
  await box.fill("ghadames");
  const opt = list.getByRole("option").first();
  await expect(opt).toHaveAttribute("data-mentioned", "false");
  await expect(opt).toContainText("not mentioned in the current selection");
});

test("a typo no alias holds still finds the place (Bengahzi, Misratta, طرابلص), after every exact match", async ({ page }) => {
  await openMap(page);
  const box = page.getByRole("combobox");
  const list = page.getByRole("listbox");
  await box.click();
  for (const [typed, id] of [
    ["Bengahzi", "benghazi"],
    ["Misratta", "misrata"],
    ["طرابلص", "tripoli"],
  ] as const) {
    await box.fill(typed);
    await expect(list.getByRole("option").first()).toHaveAttribute("data-place-id", id);
  }
  // An exact name still comes first: the typo view only adds what nothing else matched.
  await box.fill("Sirte");
  await expect(list.getByRole("option").first()).toHaveAttribute("data-place-id", "sirte");
  await box.fill("Bengahzi");
  await expect(list.getByRole("option").first()).toHaveAttribute("data-place-id", "benghazi");
  await box.press("Enter");
  await popupReady(page, "benghazi");
  await expect(page).toHaveURL(/[?&]p=benghazi/);
});

test("switching to Arabic turns the layout right-to-left with Arabic labels", async ({ page }, testInfo) => {
  await openMap(page, "/?from=2020-06-01&to=2020-07-31");
  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page).toHaveURL(/lang=ar/);
  await expect(page.locator(".map-app")).toHaveAttribute("dir", "rtl");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("tab", { name: /الأماكن/ })).toBeVisible();
  await expect(page.locator(".timeline-title")).toHaveText("الإشارات عبر الزمن");
  // Place names in Arabic first.
  await expect(page.locator('.place-row[data-place-id="sirte"] .name-first')).toHaveText("سرت");
  await page.locator('.place-row[data-place-id="sirte"]').click();
  await popupReady(page, "sirte");
  await expect(page.locator(".leaflet-popup .quote blockquote").first()).toHaveAttribute("dir", "rtl");
  // The precision's unit in Arabic too (Intl's unit names), never "km".
  await expect(page.locator(".leaflet-popup")).toContainText("كم");
  await expect(page.locator(".leaflet-popup")).not.toContainText("km");
  await page.screenshot({ path: testInfo.outputPath("arabic-filtered-map.png") });
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator(".map-app")).toHaveAttribute("dir", "ltr");
});

test("switching language re-labels the markers, clusters and legend already on the map", async ({ page }) => {
  await openMap(page);
  const someMarker = page.locator(".leaflet-marker-icon.place-marker").first();
  const someCluster = page.locator(".leaflet-marker-icon.place-cluster").first();
  await expect(someMarker).toBeVisible();
  await expect(someCluster).toBeVisible();
  const id = (await someMarker.getAttribute("data-place-id"))!;
  const ids = (await someCluster.getAttribute("data-place-ids"))!;
  // Leaflet replaces the icon elements: find them again by what they stand for.
  const m = page.locator(`.leaflet-marker-icon.place-marker[data-place-id="${id}"]`);
  const c = page.locator(`.leaflet-marker-icon.place-cluster[data-place-ids="${ids}"]`);
  const enMarker = (await m.getAttribute("aria-label"))!;
  const enCluster = (await c.getAttribute("aria-label"))!;
  expect(enMarker).toMatch(/^[^—]+ — \p{Script=Arabic}[^,]*, \d+ mentions?$/u);
  expect(enCluster).toMatch(/^\d+ places, \d+ mentions: open to zoom in$/);
  await expect(page.locator(".legend summary")).toHaveText("Legend");

  await page.getByRole("button", { name: "العربية" }).click();
  await expect(page).toHaveURL(/lang=ar/);
  const [en, ar] = enMarker.split(/ — |, \d/) as [string, string];
  const count = /(\d+) mentions?$/.exec(enMarker)![1]!;
  const lit = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  await expect(m).toHaveAttribute("aria-label", new RegExp(`^${lit(ar)} — ${lit(en)}، ${count} (إشار|\\(إشارة واحدة\\)|\\(إشارتان\\))`));
  await expect(c).toHaveAttribute("aria-label", /^(\d+ (أماكن|مكانًا|مكان)|2 \(مكانان\))، .*إشار.*: افتحها للتقريب$/);
  await expect(page.locator(".legend summary")).toHaveText("مفتاح الخريطة");
  await expect(page.locator(".legend .legend-note")).toHaveText("علامة أكبر = إشارات أكثر؛ والرقم عددها.");

  await page.getByRole("button", { name: "English" }).click();
  await expect(m).toHaveAttribute("aria-label", enMarker);
  await expect(c).toHaveAttribute("aria-label", enCluster);
  await expect(page.locator(".legend summary")).toHaveText("Legend");
});

test("a filtered view survives copy-link and reload", async ({ page, browser }) => {
  await openMap(page, "/?lang=ar");
  await page.locator('.timeline input[name="from"]').fill("2020-06-01");
  await page.locator('.timeline input[name="to"]').fill("2020-07-31");
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(0);
  const kept = await listedPlaces(page);
  const url = await copyLink(page, page.locator(".share-view button"));
  expect(url).toContain("from=2020-06-01");
  expect(url).toContain("lang=ar");

  await page.reload();
  await expect(page.locator(".map-app")).toHaveAttribute("dir", "rtl");
  expect(await listedPlaces(page)).toEqual(kept);

  const other = await freshContext(browser);
  await openMap(other.page, url);
  expect(await listedPlaces(other.page)).toEqual(kept);
  await expect(other.page.locator('.timeline input[name="from"]')).toHaveValue("2020-06-01");
  await other.done();
});

test("when the filters leave nothing the map says so and clears them", async ({ page }) => {
  await openMap(page, "/?a=002&from=2020-06-01&to=2020-07-31");
  const empty = page.locator(".empty-state");
  await expect(empty).toContainText("Nothing matches these filters.");
  await empty.getByRole("button", { name: "Clear filters" }).click();
  await expect(empty).toHaveCount(0);
  await expect(page.locator('.place-row[data-place-id="abu-qurain"]')).toHaveCount(1);
  await expect(page).not.toHaveURL(/from=|a=/);
});

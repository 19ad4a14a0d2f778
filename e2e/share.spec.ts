import { test, expect } from "./fixtures";
import { choose, copyLink, freshContext, mapEl, mapView, openMap, popup, popupReady, settledBox, urlFollowsMap } from "./view-helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

test("a copied quote link reopens the same centre, zoom, popup and quote in a fresh browser", async ({ page, browser }) => {
  page.on("dialog", () => {
    throw new Error("unexpected dialog");
  });
  await openMap(page);
  await choose(page, "abu-qurain");
  // The second page of quotes: the link must bring the reader to it.
  await popup(page).getByRole("button", { name: "Next quotes" }).click();
  await expect(popup(page).locator(".mention-list")).toHaveAttribute("data-status", "ready");
  const quote = popup(page).locator(".quote").first();
  const mentionId = (await quote.getAttribute("data-mention-id"))!;
  const url = await copyLink(page, quote.locator(".copy-link button"));
  expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?/);
  const params = new URL(url).searchParams;
  expect(params.get("p")).toBe("abu-qurain");
  expect(params.get("m")).toBe(mentionId);
  await expect(quote).toHaveAttribute("aria-current", "true");
  await expect(page).toHaveURL(/[?&]m=/);
  // The view the sharer sees once the map is still and the address bar has caught up with it.
  const markerBefore = await settledBox(page.locator('.place-marker[data-place-id="abu-qurain"]'));
  await urlFollowsMap(page);
  const before = await mapView(page);
  expect(params.get("c")).toBe(`${before.lat},${before.lon}`);

  const other = await freshContext(browser);
  await other.page.setViewportSize(page.viewportSize()!);
  await openMap(other.page, url);
  await popupReady(other.page, "abu-qurain");
  const shared = other.page.locator(`.leaflet-popup .quote[data-mention-id="${mentionId}"]`);
  await expect(shared).toBeVisible();
  await expect(shared).toHaveAttribute("aria-current", "true");
  const after = await mapView(other.page);
  expect(after.zoom).toBe(before.zoom);
  const markerAfter = (await other.page.locator('.place-marker[data-place-id="abu-qurain"]').boundingBox())!;
  expect(Math.abs(markerAfter.x - markerBefore.x)).toBeLessThanOrEqual(1);
  expect(Math.abs(markerAfter.y - markerBefore.y)).toBeLessThanOrEqual(1);
  expect(after.lat).toBeCloseTo(before.lat, 4);
  expect(after.lon).toBeCloseTo(before.lon, 4);
  await other.done();
});

test("the view link copies the current view; panning and reloading keep it", async ({ page }) => {
  await openMap(page);
  const box = (await mapEl(page).boundingBox())!;
  const start = await mapView(page);
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6 - 150, box.y + box.height * 0.5 + 80, { steps: 8 });
  await page.mouse.up();
  await expect(page).toHaveURL(/[?&]c=/);
  const moved = await mapView(page);
  expect(Math.abs(moved.lon - start.lon)).toBeGreaterThan(0.5);
  await page.locator(".share-view").getByRole("button", { name: "Copy link" }).click();
  await expect(page.locator(".share-view .copy-status")).toHaveText("Link copied");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  await page.reload();
  await expect(mapEl(page)).toHaveAttribute("data-zoom", String(moved.zoom));
  const reloaded = await mapView(page);
  expect(reloaded.lat).toBeCloseTo(moved.lat, 4);
  expect(reloaded.lon).toBeCloseTo(moved.lon, 4);
});

test("Back and Forward step through the places chosen", async ({ page }) => {
  await openMap(page);
  await choose(page, "sirte");
  await expect(page).toHaveURL(/[?&]p=sirte/);
  await choose(page, "misrata");
  await expect(page).toHaveURL(/[?&]p=misrata/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]p=sirte/);
  await popupReady(page, "sirte");
  await expect(popup(page)).toHaveCount(1);
  await page.goBack();
  await expect(page).not.toHaveURL(/[?&]p=/);
  await expect(popup(page)).toHaveCount(0);
  await page.goForward();
  await popupReady(page, "sirte");
});

test("Back after clicking one marker and then another reopens the first one's popup", async ({ page }) => {
  // Both markers stand alone at this zoom; Sirte lies west of Benghazi's popup, which opens upwards.
  await openMap(page, "/?c=31.8,15.9&z=7");
  const marker = (id: string) => page.locator(`.leaflet-marker-icon.place-marker[data-place-id="${id}"]`);
  await marker("benghazi").click();
  await popupReady(page, "benghazi");
  await expect(page).toHaveURL(/[?&]p=benghazi/);
  await marker("sirte").click();
  await popupReady(page, "sirte");
  await expect(page).toHaveURL(/[?&]p=sirte/);
  await page.goBack();
  await expect(page).toHaveURL(/[?&]p=benghazi/);
  await popupReady(page, "benghazi");
  await page.goForward();
  await expect(page).toHaveURL(/[?&]p=sirte/);
  await popupReady(page, "sirte");
});

const HOSTILE = [
  "/?c=NaN,999&z=-5&p=%3Cscript%3Ealert(1)%3C/script%3E&m=x&a=..,%3Cb%3E&from=2020-13-45&lang=xx&panel=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E",
  // One 10,000-character value (the whole request stays under the server's 16 KB header limit).
  `/?p=${"a".repeat(10_000)}`,
  `/?q=${"%3Cscript%3E".repeat(300)}&lang=ar%3Cb%3E`,
  "/?p=atlantis&m=999:1&c=1e400,5&z=99&a=999&q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
];

test("hostile URLs open the default view with no error, no dialog and nothing reflected", async ({ page, request }) => {
  let dialogs = 0;
  page.on("dialog", (d) => {
    dialogs++;
    void d.dismiss();
  });
  await openMap(page);
  const home = await mapView(page);
  for (const url of HOSTILE) {
    const res = await request.get(url);
    expect(res.status(), url.slice(0, 60)).toBe(200);
    const html = await res.text();
    expect(html).not.toContain("<script>alert");
    expect(html).not.toContain("<img src=x");
    // Next's own router data (JSON inside <script>, escaped) carries the raw query; the page itself must not.
    const markup = html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, "");
    expect(markup).not.toContain("a".repeat(200));
    expect(markup).not.toMatch(/script%3E|&lt;script/i);

    await openMap(page, url);
    expect(await mapView(page)).toEqual(home);
    await expect(popup(page)).toHaveCount(0);
    await expect(page.locator(".place-row").first()).toBeVisible();
    expect(await page.title()).toMatch(/Khabar Map/);
    // The address bar is rewritten to what the page shows: nothing of the hostile values is kept.
    expect(page.url()).not.toMatch(/script|atlantis|NaN|aaaa/i);
  }
  expect(dialogs).toBe(0);
});

test("a shared place link has a title naming it and a preview image", async ({ request }) => {
  const html = await (await request.get("/?p=misrata&c=32.37,15.09&z=9")).text();
  expect(html).toMatch(/<title>Misrata — مصراتة · Khabar Map<\/title>/);
  const og = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
  expect(og).toMatch(/^https?:\/\/[^/]+\/api\/og\?p=misrata$/);
  expect(html).toMatch(/<meta name="twitter:card" content="summary_large_image"/);
  const img = await request.get(new URL(og!).pathname + new URL(og!).search);
  expect(img.status()).toBe(200);
  expect(img.headers()["content-type"]).toBe("image/png");
});

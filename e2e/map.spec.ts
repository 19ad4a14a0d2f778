import type { Locator, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { choose, mapEl, mapView, openMap, popup, settledBox } from "./view-helpers";

// Where the places are (gold coordinates from ../shared/gold, independent of our gazetteer).
const PLACES = {
  jufra: { en: "Al Jufra", ar: "الجفرة", lat: 29.1246, lon: 15.9403 },
  misrata: { en: "Misrata", ar: "مصراتة", lat: 32.3746, lon: 15.0906 },
  sirte: { en: "Sirte", ar: "سرت", lat: 31.206, lon: 16.5836 },
  "ain-zara": { en: "Ain Zara", ar: "عين زارة", lat: 32.7952, lon: 13.2869 },
  "abu-qurain": { en: "Abu Qurain", ar: "أبو قرين", lat: 31.4497, lon: 15.255 },
} as const;
type PlaceId = keyof typeof PLACES;

type ApiMention = { id: string; articleId: string; start: number; end: number; surface: string; placeId: string };

const marker = (page: Page, id: string): Locator => page.locator(`.leaflet-marker-icon.place-marker[data-place-id="${id}"]`);
/** The popup of one place (while popups cross-fade, two are briefly in the page). */
const popupOf = (page: Page, id: string): Locator =>
  page.locator(".leaflet-popup", { has: page.locator(`.place-popup[data-place-id="${id}"]`) });

/** Where Web Mercator puts a point, in pixels at zoom 0 (256 px for the world). */
function project(lat: number, lon: number): { x: number; y: number } {
  const phi = (lat * Math.PI) / 180;
  return { x: ((lon + 180) / 360) * 256, y: (0.5 - Math.log(Math.tan(Math.PI / 4 + phi / 2)) / (2 * Math.PI)) * 256 };
}

async function onScreen(page: Page, loc: Locator): Promise<void> {
  const box = await loc.boundingBox();
  const size = page.viewportSize()!;
  expect(box, "marker has a box").not.toBeNull();
  const cx = box!.x + box!.width / 2;
  const cy = box!.y + box!.height / 2;
  expect(cx).toBeGreaterThan(0);
  expect(cx).toBeLessThan(size.width);
  expect(cy).toBeGreaterThan(0);
  expect(cy).toBeLessThan(size.height);
}

test("markers for Jufra, Misrata, Sirte, Ain Zara and Abu Qurain sit at their coordinates", async ({ page }) => {
  await openMap(page);
  for (const [id, p] of Object.entries(PLACES) as [PlaceId, (typeof PLACES)[PlaceId]][]) {
    await choose(page, id);
    const m = marker(page, id);
    await expect(m).toBeVisible();
    await onScreen(page, m);
    const label = await m.getAttribute("aria-label");
    expect(label).toMatch(new RegExp(`^${p.en}[^—]* — ${p.ar}, \\d+ mentions?$`));
    expect(Number(await m.getAttribute("data-lat"))).toBeCloseTo(p.lat, 2);
    expect(Number(await m.getAttribute("data-lon"))).toBeCloseTo(p.lon, 2);
    // Drawn where Web Mercator puts the gold coordinates, given the centre and zoom the map reports
    // (computed here, not by Leaflet) ...
    const box = await settledBox(m);
    const view = await mapView(page);
    const frame = (await mapEl(page).boundingBox())!;
    const scale = 2 ** view.zoom;
    const at = project(p.lat, p.lon);
    const mid = project(view.lat, view.lon);
    expect(Math.abs(box.x + box.width / 2 - (frame.x + frame.width / 2 + (at.x - mid.x) * scale))).toBeLessThan(2);
    expect(Math.abs(box.y + box.height / 2 - (frame.y + frame.height / 2 + (at.y - mid.y) * scale))).toBeLessThan(2);
    // ... the uncertainty circle (a GeoJSON layer around the same lat/lon) is centred on the
    // marker, and the popup's tip points at it.
    const circle = (await page.locator(".leaflet-uncertainty-pane path").boundingBox())!;
    const size = page.viewportSize()!;
    if (circle.x > 0 && circle.y > 0 && circle.x + circle.width < size.width && circle.y + circle.height < size.height) {
      expect(Math.abs(circle.x + circle.width / 2 - (box.x + box.width / 2))).toBeLessThan(3);
      // Vertically the circle's box is not centred on it: on a Mercator map a circle's northern half
      // is drawn taller than its southern half, by about tan(lat)·r/4 of its height (4 px for Jufra's
      // 150 km at 29°N when the circle is 1,300 px tall). Allow for that and no more.
      expect(Math.abs(circle.y + circle.height / 2 - (box.y + box.height / 2))).toBeLessThan(3 + circle.height * 0.005);
    }
    const tip = (await popup(page).locator(".leaflet-popup-tip-container").boundingBox())!;
    expect(Math.abs(tip.x + tip.width / 2 - (box.x + box.width / 2))).toBeLessThan(4);
    // (the tip overlaps the marker's top edge by a few pixels: Leaflet's popup offset)
    expect(tip.y + tip.height - box.y).toBeGreaterThanOrEqual(0);
    expect(tip.y + tip.height - box.y).toBeLessThan(10);
  }
});

test("markers can be reached and opened with the keyboard, clusters open on click", async ({ page }) => {
  await openMap(page);
  // A cluster on screen opens on click until each of its places shows as its own marker.
  const clusters = page.locator(".leaflet-marker-icon.place-cluster");
  await expect(clusters.first()).toHaveAttribute("aria-label", /^\d+ places, \d+ mentions/);
  const cluster = clusters.filter({ hasText: /^2$/ }).first();
  const ids = (await cluster.getAttribute("data-place-ids"))!.split(" ");
  expect(ids).toHaveLength(2);
  for (const id of ids) await expect(marker(page, id)).toHaveCount(0);
  await cluster.click();
  for (const id of ids) await expect(marker(page, id)).toBeVisible();

  // Chosen from the list, the popup takes focus; Escape closes it and returns focus to the marker,
  // which Enter opens again.
  await choose(page, "sirte");
  await expect(popupOf(page, "sirte").locator(".place-popup")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(popup(page)).toHaveCount(0);
  const sirte = marker(page, "sirte");
  await expect(sirte).toHaveAttribute("tabindex", "0");
  await expect(sirte).toHaveAttribute("role", "button");
  await expect(sirte).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Shift+Tab");
  await expect(sirte).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(popup(page).locator('.place-popup[data-place-id="sirte"]')).toBeVisible();
});

test("the Abu Qurain popup lists all its mentions, each with the name highlighted", async ({ page }, testInfo) => {
  await openMap(page);
  await choose(page, "abu-qurain");
  const label = await marker(page, "abu-qurain").getAttribute("aria-label");
  const total = Number(/(\d+) mentions?$/.exec(label!)![1]);
  expect(total).toBeGreaterThanOrEqual(6);

  // The uncertainty circle is drawn while the popup is open.
  await expect(page.locator(".leaflet-uncertainty-pane path")).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath("map-popup-abu-qurain.png") });

  const marks: string[] = [];
  const ids = new Set<string>();
  for (let pageNo = 0; ; pageNo++) {
    const quotes = popup(page).locator(".quote");
    const n = await quotes.count();
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThanOrEqual(5);
    for (let i = 0; i < n; i++) {
      const q = quotes.nth(i);
      await expect(q.locator("blockquote mark")).toHaveCount(1);
      marks.push((await q.locator("blockquote mark").textContent())!);
      ids.add((await q.getAttribute("data-mention-id"))!);
      await expect(q.locator(".quote-source a")).toHaveAttribute("href", /^\/articles\/[\w-]+#m-\d+$/);
    }
    const next = popup(page).getByRole("button", { name: "Next quotes" });
    if (total <= 5) break;
    const first = pageNo * 5 + 1;
    const last = Math.min(total, pageNo * 5 + 5);
    await expect(popup(page).locator(".pager-count")).toHaveText(`${first === last ? first : `${first}–${last}`} of ${total}`);
    if (await next.isDisabled()) break;
    await next.click();
    await expect(popup(page).locator(".mention-list")).toHaveAttribute("data-status", "ready");
    await expect(popup(page).locator(".quotes")).toHaveAttribute("start", String((pageNo + 1) * 5 + 1));
  }
  expect(ids.size).toBe(total);
  for (const m of marks) expect(m).toMatch(/^(?:أبو ?قرين|بوقرين)$/);
  expect(marks).toContain("أبوقرين");
  expect(marks).toContain("أبو قرين");
});

test("choosing Misrata in the panel opens its popup", async ({ page }, testInfo) => {
  await openMap(page);
  await page.getByRole("button", { name: /^Misrata\s*مصراتة/ }).click();
  const p = popup(page).locator('.place-popup[data-place-id="misrata"]');
  await expect(p).toBeVisible();
  await expect(p.getByRole("heading")).toContainText("Misrata");
  await expect(p.getByRole("heading")).toContainText("مصراتة");
  await expect(p.locator(".place-meta")).toContainText(/city · position ±\d/);
  await expect(popup(page).locator(".quote").first()).toBeVisible();
  await expect(popup(page)).toHaveCSS("opacity", "1");
  await page.screenshot({ path: testInfo.outputPath("map-popup-misrata.png") });
});

test("a popup link opens the article at that mention", async ({ page }) => {
  await openMap(page);
  await choose(page, "abu-qurain");
  const first = popup(page).locator(".quote").first();
  const surface = await first.locator("mark").textContent();
  const href = (await first.locator(".quote-source a").getAttribute("href"))!;
  const [, articleId, start] = /^\/articles\/([\w-]+)#m-(\d+)$/.exec(href)!;
  await first.locator(".quote-source a").click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}#m-${start}$`));
  const target = page.locator(`mark#m-${start}`);
  await expect(target).toHaveText(surface!);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((el) => el.matches(":target"))).toBe(true);
  await expect(target).toHaveAttribute("data-place-id", "abu-qurain");
});

test("the article view highlights every mention and links it to the map", async ({ page, request }) => {
  const articleId = "002";
  await openMap(page);
  // Every place (drawn or country) the panel lists, and its mentions in this article, from the API.
  const ids = await page.locator(".place-row, .country-list li").evaluateAll((els) =>
    els.map((e) => e.getAttribute("data-place-id")!),
  );
  await page.getByRole("tab", { name: /Countries/ }).click();
  const countries = await page.locator(".country-list li").evaluateAll((els) => els.map((e) => e.getAttribute("data-place-id")!));
  expect(countries).toContain("libya");
  const expected: ApiMention[] = [];
  for (const id of [...ids, ...countries]) {
    const res = await request.get(`/api/places/${id}/mentions?limit=100`);
    expect(res.status()).toBe(200);
    const body = (await res.json()) as { mentions: ApiMention[] };
    expected.push(...body.mentions.filter((m) => m.articleId === articleId));
  }
  expect(expected.length).toBeGreaterThan(10);

  await page.goto(`/articles/${articleId}`);
  await expect(page.locator("article")).toHaveAttribute("dir", "rtl");
  const marks = page.locator(".article-body mark");
  await expect(marks).toHaveCount(expected.length);
  for (const m of expected) {
    const mark = page.locator(`mark#m-${m.start}`);
    await expect(mark).toHaveText(m.surface);
    await expect(mark.locator("a")).toHaveAttribute("href", new RegExp(`[?&]p=${m.placeId}(&|$)`));
  }
});

test("unknown places and articles are 404s", async ({ request }) => {
  const api = await request.get("/api/places/atlantis/mentions");
  expect(api.status()).toBe(404);
  expect(await api.json()).toEqual({ error: expect.stringContaining("atlantis") });
  expect((await request.get("/api/places/%3Cscript%3E/mentions")).status()).toBe(400);
  expect((await request.get("/api/places/sirte/mentions?limit=abc")).status()).toBe(400);
  // (a request, not a navigation: the browser logs every 404 page load as a console error)
  expect((await request.get("/articles/999")).status()).toBe(404);
  expect((await request.get("/articles/002")).status()).toBe(200);
});

test("a link's zoom opens at that zoom, half steps included; one outside the map's range is ignored", async ({ page }) => {
  await openMap(page, "/?c=32.37,15.09&z=7.5");
  expect(await mapView(page)).toEqual({ lat: 32.37, lon: 15.09, zoom: 7.5 });
  // The zoom buttons go a whole step from there, still on the URL's half-step grid.
  await page.getByRole("button", { name: "Zoom in", exact: true }).click();
  await expect(mapEl(page)).toHaveAttribute("data-zoom", "8.5");
  await openMap(page, "/?c=32.37,15.09&z=17");
  expect((await mapView(page)).zoom).toBe(5);
});

/** The latitude Web Mercator puts at `y` pixels at zoom 0 (the inverse of project). */
function unprojectLat(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / 256))) * 180) / Math.PI;
}

test("a popup opening near the timeline pans clear of it and of the side panel", async ({ page }) => {
  const sirte = PLACES.sirte;
  const zoom = 8;
  await openMap(page, `/?c=${sirte.lat},16&z=${zoom}`);
  const frame = (await mapEl(page).boundingBox())!;
  const timeline = (await page.locator(".timeline").boundingBox())!;
  // Put Sirte's marker behind the timeline, where its popup would open over it, yet inside the
  // part of the map where choosing it from the list opens it without flying there.
  const markerY = Math.min(timeline.y + 40, frame.y + frame.height * 0.9 - 4);
  const below = markerY - (frame.y + frame.height / 2);
  const lat = unprojectLat(project(sirte.lat, sirte.lon).y - below / 2 ** zoom);
  await openMap(page, `/?c=${lat.toFixed(5)},16&z=${zoom}`);
  const start = await mapView(page);
  const before = (await page.locator('.place-marker[data-place-id="sirte"]').boundingBox())!;
  expect(before.y, "the marker's top is behind the timeline").toBeGreaterThan(timeline.y);
  await page.locator('.place-row[data-place-id="sirte"]').click();
  const shown = popup(page).filter({ has: page.locator('.place-popup[data-place-id="sirte"]') });
  await expect(shown.locator(".mention-list")).toHaveAttribute("data-status", "ready");
  const box = await settledBox(shown);
  const moved = await mapView(page);
  // Not flown to (the marker was already in view): the map slid up for the popup, and no further.
  expect(moved.zoom).toBe(start.zoom);
  expect(moved.lat).toBeLessThan(start.lat);
  expect(box.y + box.height).toBeLessThanOrEqual(timeline.y);
  const panel = (await page.locator(".side-panel").boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(panel.x + panel.width);
});

test("a shared link's popup opens with its quotes already there; later pages are fetched", async ({ page, request }) => {
  // A quote on Misrata's second page: the link must open at it without asking the server.
  const second = (await (await request.get("/api/places/misrata/mentions?offset=5&limit=1")).json()) as { total: number; mentions: ApiMention[] };
  expect(second.total).toBeGreaterThan(10);
  const quote = second.mentions[0]!.id;
  const asked: string[] = [];
  page.on("request", (r) => {
    if (/\/api\/places\/[^/]+\/mentions/.test(r.url())) asked.push(r.url());
  });
  await openMap(page, `/?p=misrata&m=${quote}`);
  const shown = popupOf(page, "misrata");
  await expect(shown.locator(`.quote[data-mention-id="${quote}"]`)).toHaveAttribute("aria-current", "true");
  await expect(shown.locator(".pager-count")).toHaveText(`6–10 of ${second.total}`);
  await shown.getByRole("button", { name: "Previous quotes" }).click();
  await expect(shown.locator(".pager-count")).toHaveText(`1–5 of ${second.total}`);
  expect(asked, "quotes the page already carried").toEqual([]);
  await shown.getByRole("button", { name: "Next quotes" }).click();
  await shown.getByRole("button", { name: "Next quotes" }).click();
  await expect(shown.locator(".pager-count")).toHaveText(new RegExp(`^11–\\d+ of ${second.total}$`));
  expect(asked).toHaveLength(1);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 740 }, hasTouch: true });

  test("the page fits 375 px and the panel is a drawer", async ({ page }, testInfo) => {
    await openMap(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    const panel = page.locator(".side-panel");
    const box = (await panel.boundingBox())!;
    expect(box.width).toBe(375);
    expect(box.y + box.height).toBeCloseTo(740, 0);
    await choose(page, "misrata");
    const pop = (await popup(page).boundingBox())!;
    expect(pop.x).toBeGreaterThanOrEqual(0);
    expect(pop.x + pop.width).toBeLessThanOrEqual(375);
    // Choosing a place folds the drawer away so the popup is not under it.
    await expect(page.locator(".place-row").first()).toBeHidden();
    await page.screenshot({ path: testInfo.outputPath("phone-popup-misrata.png") });
    await page.getByRole("button", { name: "Show list" }).click();
    await expect(page.locator(".place-row").first()).toBeVisible();
    await page.getByRole("button", { name: "Hide list" }).click();
    await expect(page.locator(".place-row").first()).toBeHidden();
  });
});

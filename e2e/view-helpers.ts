import type { Browser, BrowserContext, Locator, Page } from "@playwright/test";
import { DEFAULT_VIEW } from "../lib/url-state/defaults";
import { blockNonLocal, expect } from "./fixtures";

export const popup = (page: Page): Locator => page.locator(".leaflet-popup");
export const mapEl = (page: Page): Locator => page.locator(".leaflet-container");

/** Opens a URL of the app and waits until the map has drawn its markers. */
export async function openMap(page: Page, url = "/"): Promise<void> {
  await page.goto(url);
  await expect(mapEl(page)).toBeVisible();
  await expect(mapEl(page)).toHaveAttribute("data-zoom", /\d/);
  await expect(page.locator(".place-marker, .place-cluster, .empty-state").first()).toBeVisible();
}

/** Waits for a place's popup to be fully shown with its quotes loaded. */
export async function popupReady(page: Page, id: string): Promise<void> {
  // The previous popup may still be fading out: look at this place's.
  const mine = page.locator(`.leaflet-popup:has(.place-popup[data-place-id="${id}"])`);
  await expect(mine).toBeVisible();
  await expect(mine).toHaveCSS("opacity", "1");
  await expect(mine.locator(".mention-list")).toHaveAttribute("data-status", "ready");
  await expect(popup(page)).toHaveCount(1);
}

/**
 * An element's box once the map has stopped moving: a pan (the popup making room for itself, a
 * fly) can outlast the popup's fade-in, so wait until the box has not changed for ten frames.
 */
export async function settledBox(loc: Locator): Promise<{ x: number; y: number; width: number; height: number }> {
  await loc.evaluate(
    (el) =>
      new Promise<void>((resolve) => {
        let last = "";
        let same = 0;
        const tick = (): void => {
          const r = el.getBoundingClientRect();
          const key = `${r.x},${r.y},${r.width},${r.height}`;
          same = key === last ? same + 1 : 0;
          last = key;
          if (same >= 10) resolve();
          else requestAnimationFrame(tick);
        };
        tick();
      }),
  );
  return (await loc.boundingBox())!;
}

/** Chooses a place in the side panel's list. */
export async function choose(page: Page, id: string): Promise<void> {
  await page.locator(`.place-row[data-place-id="${id}"]`).click();
  await popupReady(page, id);
}

/** The map's view as it reports it on its container. */
export async function mapView(page: Page): Promise<{ lat: number; lon: number; zoom: number }> {
  const center = (await mapEl(page).getAttribute("data-center"))!;
  const zoom = Number(await mapEl(page).getAttribute("data-zoom"));
  const [lat, lon] = center.split(",").map(Number) as [number, number];
  return { lat, lon, zoom };
}

/** Places listed in the side panel's Places tab. */
export async function listedPlaces(page: Page): Promise<string[]> {
  return page.locator(".place-row").evaluateAll((els) => els.map((e) => e.getAttribute("data-place-id")!));
}

/**
 * A second browser context with the fixture's rules: local requests only, no console errors,
 * no dialogs. Call `done()` at the end of the test to assert them.
 */
export async function freshContext(browser: Browser): Promise<{ context: BrowserContext; page: Page; done: () => Promise<void> }> {
  const context = await browser.newContext();
  const blocked: string[] = [];
  const errors: string[] = [];
  await blockNonLocal(context, blocked);
  const page = await context.newPage();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("dialog", (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return {
    context,
    page,
    done: async () => {
      expect(blocked, "requests to non-local hosts").toEqual([]);
      expect(errors, "console errors and dialogs").toEqual([]);
      await context.close();
    },
  };
}

/** Clicks a copy-link button and returns the absolute URL it copied (read back from the clipboard). */
export async function copyLink(page: Page, button: Locator): Promise<string> {
  await button.click();
  const status = button.locator("xpath=..").locator(".copy-status");
  await expect(status).toHaveText(/Link copied|نُسخ الرابط/);
  const shown = (await status.getAttribute("data-copied-url"))!;
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  expect(clip).toBe(shown);
  return clip;
}

/**
 * Waits until the address bar says where the map stands (its debounced replace has landed): the
 * URL's c= and z= equal the map's data-center and data-zoom, or both are left out at the default.
 */
export async function urlFollowsMap(page: Page): Promise<void> {
  await expect
    .poll(async () => {
      const view = await mapView(page);
      const params = new URL(page.url()).searchParams;
      const [lat, lon] = params.get("c")?.split(",").map(Number) ?? [DEFAULT_VIEW.center.lat, DEFAULT_VIEW.center.lon];
      return Number(params.get("z") ?? DEFAULT_VIEW.zoom) === view.zoom && lat === view.lat && lon === view.lon;
    })
    .toBe(true);
}

/** Pastes an article through "Add an article" and waits until the dialog has closed. */
export async function pasteArticle(page: Page, text: string, title?: string): Promise<void> {
  await page.getByRole("button", { name: /add an article|replace the pasted article/i }).click();
  const dialog = page.getByRole("dialog", { name: "Add an article" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Arabic text").fill(text);
  if (title) await dialog.getByLabel("Title (optional)").fill(title);
  await dialog.getByRole("button", { name: "Show on the map" }).click();
  await expect(dialog).toBeHidden();
}

import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { choose, openMap } from "./view-helpers";

/** WCAG 2.1 A and AA: the rules axe can check automatically. */
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Violation = Awaited<ReturnType<AxeBuilder["analyze"]>>["violations"][number];

/** One line per violation and one per element it names, so a failure explains itself. */
function describe(violations: Violation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary?.replace(/\s+/g, " ") ?? ""}`);
      return [`[${v.impact}] ${v.id} (${v.nodes.length}): ${v.help} — ${v.helpUrl}`, ...nodes].join("\n");
    })
    .join("\n");
}

/**
 * Runs axe on the page as it stands and fails on any serious or critical violation. Minor and
 * moderate ones are attached to the report (and printed) so they stay visible without failing.
 */
async function audit(page: Page, view: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const all = result.violations;
  if (all.length) {
    await test.info().attach(`axe violations: ${view}`, { body: describe(all), contentType: "text/plain" });
    console.log(`axe, ${view}:\n${describe(all)}`);
  }
  const blocking = all.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(blocking, `serious or critical accessibility violations on ${view}:\n${describe(blocking)}`).toEqual([]);
  // axe really looked: an empty result because nothing was checked would pass silently.
  expect(result.passes.length, `axe checked nothing on ${view}`).toBeGreaterThan(10);
}

test.use({ viewport: { width: 1280, height: 720 } });

test("axe runs under the app's own Content-Security-Policy", async ({ page }) => {
  // axe is injected through the DevTools protocol, which CSP does not govern, and axe itself
  // evaluates no strings: with 'unsafe-eval' absent, a blocked eval would be a console error,
  // which the fixture turns into a failure.
  const response = await page.goto("/");
  const csp = (await response!.headerValue("content-security-policy")) ?? "";
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]+=*' 'strict-dynamic'(;|$)/);
  await openMap(page);
  await audit(page, "map (English)");
});

test("the map in Arabic", async ({ page }) => {
  await openMap(page, "/?lang=ar");
  await audit(page, "map (Arabic)");
});

test("the map with a popup open, in English and in Arabic", async ({ page }) => {
  // Two views, each with a popup and an audit: past 60 s when the machine is loaded.
  test.setTimeout(120_000);
  await openMap(page);
  await choose(page, "abu-qurain");
  await audit(page, "popup (English)");
  await openMap(page, "/?lang=ar");
  await choose(page, "abu-qurain");
  await audit(page, "popup (Arabic)");
});

test("the Articles and Countries tabs", async ({ page }) => {
  await openMap(page);
  await page.getByRole("tab", { name: /Articles/ }).click();
  await expect(page.getByRole("tab", { name: /Articles/ })).toHaveAttribute("aria-selected", "true");
  await expect(page.locator(".article-list li").first()).toBeVisible();
  await audit(page, "Articles tab");
  await page.getByRole("tab", { name: /Countries/ }).click();
  await expect(page.getByRole("tab", { name: /Countries/ })).toHaveAttribute("aria-selected", "true");
  // One country unfolded, its quotes loaded.
  const country = page.locator(".country-list details").first();
  await country.locator("summary").click();
  await expect(country.locator(".mention-list")).toHaveAttribute("data-status", "ready");
  await audit(page, "Countries tab");
});

test("a topic with its marked quotes, and the Sources tab, in English and in Arabic", async ({ page }) => {
  // Four views, each audited: about 30 s on this busy 2-core machine.
  test.setTimeout(120_000);
  for (const lang of ["en", "ar"]) {
    await openMap(page, `/?what=${encodeURIComponent("مسيرة")}&lang=${lang}`);
    await choose(page, "misrata");
    await expect(page.locator(".leaflet-popup mark.topic-mark").first()).toBeVisible();
    await audit(page, `topic and its quotes (${lang})`);
    await openMap(page, `/?panel=sources&lang=${lang}`);
    await expect(page.locator(".sources-empty")).toBeVisible();
    await audit(page, `Sources tab (${lang})`);
  }
});

test("the search box with its suggestions open", async ({ page }) => {
  await openMap(page);
  const box = page.getByRole("combobox");
  await box.click();
  await box.fill("بوقرين");
  await expect(page.getByRole("listbox").getByRole("option").first()).toHaveAttribute("data-place-id", "abu-qurain");
  await box.press("ArrowDown");
  await expect(box).toHaveAttribute("aria-activedescendant", /.+/);
  await audit(page, "search suggestions");
});

test("the Add an article dialog", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: /add an article/i }).click();
  await expect(page.getByRole("dialog", { name: "Add an article" })).toBeVisible();
  await audit(page, "Add an article dialog");
});

test("the article view, in English and in Arabic", async ({ page }) => {
  await page.goto("/articles/002");
  await expect(page.locator(".article-body mark").first()).toBeVisible();
  await audit(page, "article view (English)");
  await page.goto("/articles/002?lang=ar");
  await expect(page.locator("main")).toHaveAttribute("lang", "ar");
  await audit(page, "article view (Arabic)");
});

test("the map on a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 740 });
  await openMap(page);
  await audit(page, "map at 375 px");
  await choose(page, "abu-qurain");
  await audit(page, "popup at 375 px");
  // The drawer scrolls as one on a phone: the Articles tab's rows and controls are reachable.
  await openMap(page, "/?panel=articles&lang=ar");
  const row = page.locator(".article-list li[data-article-id]").first();
  await row.scrollIntoViewIfNeeded();
  await expect(row).toBeInViewport();
  await audit(page, "Articles tab at 375 px (Arabic)");
});

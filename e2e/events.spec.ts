import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { parseCsv } from "./csv";
import { test, expect } from "./fixtures";
import { copyLink, freshContext, listedPlaces, openMap, popupReady } from "./view-helpers";

test.use({ permissions: ["clipboard-read", "clipboard-write"] });

/** The drawn places (not countries) GET /api/view gives for a filter query, most mentioned first. */
async function apiPlaces(page: Page, query: string): Promise<string[]> {
  const res = await page.request.get(`/api/view?${query}`);
  expect(res.ok()).toBe(true);
  const view = (await res.json()) as { places: { id: string; kind: string }[] };
  return view.places.filter((p) => p.kind !== "country").map((p) => p.id);
}

const filter = (page: Page) => page.locator("fieldset.role-filter");
const row = (page: Page, id: string) => page.locator(`.place-row[data-place-id="${id}"]`);
const marker = (page: Page, id: string) => page.locator(`.leaflet-marker-icon.place-marker[data-place-id="${id}"]`);

/** Narrows the map to combat with the panel's checkboxes (in English). */
async function keepCombatOnly(page: Page): Promise<void> {
  for (const name of ["Military activity", "Civil events", "Only named"]) {
    await filter(page).getByRole("checkbox", { name, exact: true }).uncheck();
  }
  await expect(page).toHaveURL(/[?&]role=combat(&|$)/);
  await expect(page.locator(".map-app")).toHaveAttribute("data-view-status", "ready");
}

test("filtering to combat shows Jufra and Abu Qurain and hides Cairo and Berlin; kinds narrow combat", async ({ page }) => {
  await openMap(page);
  const all = await listedPlaces(page);
  for (const id of ["jufra", "jufra-airbase", "abu-qurain", "cairo", "berlin"]) expect(all).toContain(id);
  // The default is everything: every role and kind ticked, nothing in the URL.
  await expect(filter(page).getByRole("checkbox")).toHaveCount(7);
  for (const box of await filter(page).getByRole("checkbox").all()) await expect(box).toBeChecked();
  expect(new URL(page.url()).searchParams.has("role")).toBe(false);

  await keepCombatOnly(page);
  const combat = await listedPlaces(page);
  expect(combat).toEqual(await apiPlaces(page, "role=combat"));
  for (const id of ["jufra", "jufra-airbase", "abu-qurain"]) expect(combat).toContain(id);
  // Cairo (the Cairo Declaration, talks) and Berlin (the conference) report no fighting.
  for (const id of ["cairo", "berlin"]) {
    await expect(row(page, id)).toHaveCount(0);
    await expect(marker(page, id)).toHaveCount(0);
  }
  await expect(row(page, "abu-qurain").locator(".count")).toHaveText("6");

  // Unticking Control: Abu Qurain keeps only its clashes, the URL says which kinds.
  await filter(page).getByRole("checkbox", { name: "Control", exact: true }).uncheck();
  await expect(page).toHaveURL(/[?&]role=combat&kind=clash,strike(&|$)/);
  await expect(row(page, "abu-qurain").locator(".count")).toHaveText("3");
  // Strikes only: Abu Qurain (clashes and captures) leaves, the downed drones at Jufra stay.
  await filter(page).getByRole("checkbox", { name: "Clashes", exact: true }).uncheck();
  await expect(page).toHaveURL(/[?&]kind=strike(&|$)/);
  await expect(row(page, "abu-qurain")).toHaveCount(0);
  await expect(row(page, "jufra-airbase")).toHaveCount(1);
  expect(await listedPlaces(page)).toEqual(await apiPlaces(page, "role=combat&kind=strike"));

  // One button gives every role back.
  await filter(page).getByRole("button", { name: "Show every role" }).click();
  await expect(page).not.toHaveURL(/[?&](role|kind)=/);
  await expect(row(page, "cairo")).toHaveCount(1);
  expect(await listedPlaces(page)).toEqual(all);
});

test("a marker's look says what happened there without colour: the combat arc and the event badge, explained in the legend", async ({ page }) => {
  await openMap(page, "/?p=abu-qurain");
  await popupReady(page, "abu-qurain");
  // Abu Qurain: six combat mentions, nothing else.
  const abu = marker(page, "abu-qurain");
  await expect(abu).toHaveAttribute("data-role", "combat");
  await expect(abu).toHaveAttribute("data-combat-share", "100");
  await expect(abu.locator(".event-ring")).toHaveCount(1);
  await expect(abu.locator(".event-badge")).toHaveAttribute("data-glyph", "✕");
  await expect(abu).toHaveText("6");
  await expect(abu).toHaveAttribute("title", "Combat 6");

  // Cairo: talks there twice, named five times; no combat, so no arc, and the civil badge.
  await row(page, "cairo").click();
  await popupReady(page, "cairo");
  const cairo = marker(page, "cairo");
  await expect(cairo).toHaveAttribute("data-role", "civil");
  await expect(cairo).toHaveAttribute("data-combat-share", "0");
  await expect(cairo.locator(".event-ring")).toHaveCount(0);
  await expect(cairo.locator(".event-badge")).toHaveAttribute("data-glyph", "●");
  await expect(cairo).toHaveAttribute("title", "Civil events 2 · Only named 5");

  // Close the popup (the legend hides under one) and read the legend.
  await page.keyboard.press("Escape");
  const legend = page.getByRole("region", { name: "Legend" });
  await expect(legend).toContainText("Dark arc: the share of combat mentions");
  await expect(legend).toContainText("✕ Combat");
  await expect(legend).toContainText("No badge: only named there");
  await expect(legend).toContainText("Underlined in a quote");
});

test("a cluster shows the combat share of the places it holds", async ({ page }) => {
  await openMap(page);
  const res = await page.request.get("/api/view");
  const view = (await res.json()) as { places: { id: string; roles: Record<string, number> }[] };
  const roles = new Map(view.places.map((p) => [p.id, p.roles]));
  const clusters = await page.locator(".leaflet-marker-icon.place-cluster").evaluateAll((els) =>
    els.map((e) => ({ ids: (e as HTMLElement).dataset.placeIds!.split(" "), share: (e as HTMLElement).dataset.combatShare, ring: e.querySelector(".event-ring") !== null })),
  );
  expect(clusters.length).toBeGreaterThan(0);
  for (const c of clusters) {
    let combat = 0;
    let total = 0;
    for (const id of c.ids) {
      const r = roles.get(id)!;
      combat += r.combat!;
      total += r.combat! + r.military! + r.civil! + r.reference!;
    }
    expect(c.share).toBe(String(Math.round((combat / total) * 100)));
    expect(c.ring).toBe(combat > 0);
  }
});

test("a quote shows its label and its cue underlined, in English and Arabic", async ({ page }) => {
  await openMap(page, "/?p=jufra-airbase");
  await popupReady(page, "jufra-airbase");
  const quotes = page.locator(".leaflet-popup .quote");
  // «أسقط الجيش الليبي طائرة تركية مسيرة … في أجواء قاعدة الجفرة العسكرية»: a downed drone is a strike.
  const downed = quotes.and(page.locator('[data-mention-id="000:53"]'));
  await expect(downed.locator(".event-label")).toHaveAttribute("data-role", "combat");
  await expect(downed.locator(".event-label .event-label-text")).toHaveText("strike");
  await expect(downed.locator("u.event-cue")).toHaveText("أسقط");
  await expect(downed.locator("mark")).toHaveText("قاعدة الجفرة العسكرية");
  // The cue of «… منصات الدفاع الجوي في قاعدة الجفرة العسكرية أسقطت طائرة …» comes after the place.
  const defences = quotes.and(page.locator('[data-mention-id="000:200"]'));
  await expect(defences.locator("u.event-cue")).toHaveText("أسقطت");
  // The underline is drawn, not only coloured.
  await expect(defences.locator("u.event-cue")).toHaveCSS("text-decoration-line", "underline");

  await page.goto("/?p=jufra-airbase&lang=ar");
  await popupReady(page, "jufra-airbase");
  const ar = page.locator('.leaflet-popup .quote[data-mention-id="000:53"]');
  await expect(ar.locator(".event-label-text")).toHaveText("ضربة");
  await expect(ar.locator(".event-label")).toContainText("ما جرى هنا:");
  await expect(ar.locator("u.event-cue")).toHaveText("أسقط");
  await expect(page.locator("fieldset.role-filter legend").first()).toHaveText("ما الذي جرى");

  // A quote where nothing happens at the place says so: Cairo in «إعلان القاهرة».
  await page.goto("/?p=cairo&role=reference&lang=ar");
  await popupReady(page, "cairo");
  const refs = page.locator(".leaflet-popup .quote");
  await expect(refs.first().locator(".event-label-text")).toHaveText("ذِكر فقط");
  await expect(refs.first().locator("u.event-cue")).toHaveCount(0);
});

test("the role filter survives a shared URL and a reload, and the quotes and exports follow it", async ({ page, browser }) => {
  await openMap(page);
  await keepCombatOnly(page);
  const kept = await listedPlaces(page);
  const url = await copyLink(page, page.locator(".share-view button"));
  expect(new URL(url).searchParams.get("role")).toBe("combat");

  await page.reload();
  await expect(filter(page).getByRole("checkbox", { name: "Combat", exact: true })).toBeChecked();
  await expect(filter(page).getByRole("checkbox", { name: "Civil events", exact: true })).not.toBeChecked();
  expect(await listedPlaces(page)).toEqual(kept);

  const other = await freshContext(browser);
  await openMap(other.page, url);
  expect(await listedPlaces(other.page)).toEqual(kept);
  await expect(other.page.locator("fieldset.role-filter")).toHaveAttribute("data-roles", "combat");
  // Jufra (the district): two strikes and four military mentions; under combat its popup quotes the two.
  await other.page.locator('.place-row[data-place-id="jufra"]').click();
  await popupReady(other.page, "jufra");
  const labels = other.page.locator(".leaflet-popup .quote .event-label");
  await expect(labels).toHaveCount(2);
  for (const l of await labels.all()) await expect(l).toHaveAttribute("data-role", "combat");
  await other.done();

  // The exports carry the filter and each row's role.
  const exports = page.getByRole("region", { name: "Export" });
  const csvLink = exports.getByRole("link", { name: "CSV", exact: true });
  const [csv] = await Promise.all([page.waitForEvent("download"), csvLink.click()]);
  expect(new URL((await csvLink.getAttribute("href"))!, "http://x").searchParams.get("role")).toBe("combat");
  const [header, ...rows] = parseCsv((await readFile(await csv.path())).toString("utf8").replace(/^\uFEFF/, ""));
  const role = header!.indexOf("role");
  const kind = header!.indexOf("combat_kind");
  expect(role).toBeGreaterThan(-1);
  expect(kind).toBeGreaterThan(-1);
  expect(rows.length).toBeGreaterThan(0);
  for (const r of rows) {
    expect(r[role]).toBe("combat");
    expect(["clash", "strike", "control"]).toContain(r[kind]);
  }
  const [geo] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name: "GeoJSON", exact: true }).click()]);
  const fc = JSON.parse((await readFile(await geo.path())).toString("utf8")) as { features: { properties: { role: string } }[] };
  expect(fc.features.length).toBe(rows.length);
  expect(new Set(fc.features.map((f) => f.properties.role))).toEqual(new Set(["combat"]));
});

test("the timeline is split by role, and the filter narrows it", async ({ page }) => {
  await openMap(page);
  const roles = (p: Page) =>
    p.locator(".timeline .timeline-role").evaluateAll((els) => [...new Set(els.map((e) => e.getAttribute("data-role")))].sort());
  expect(await roles(page)).toEqual(["civil", "combat", "military", "reference"]);
  // Stacked from the bottom: within a bar, combat lies below the references.
  const bar = page.locator(".timeline-bar--roles").filter({ has: page.locator(".timeline-role--combat") }).filter({ has: page.locator(".timeline-role--reference") }).first();
  const y = async (role: string) => Number(await bar.locator(`.timeline-role--${role}`).getAttribute("y"));
  expect(await y("combat")).toBeGreaterThan(await y("reference"));
  await expect(bar.locator("title")).toContainText("Combat");

  await page.goto("/?role=civil");
  await expect(page.locator(".timeline .timeline-role").first()).toBeVisible();
  expect(await roles(page)).toEqual(["civil"]);
});

test("a pasted article's quotes are labelled in the browser and follow the role filter", async ({ page }) => {
  // Reinforcements reaching Misrata (military) and a meeting in Zuwara (civil): neither is combat.
  const text = "وصلت تعزيزات عسكرية إلى مصراتة.\nوعقد اجتماع في زوارة لبحث الأزمة.";
  await openMap(page);
  await page.getByRole("button", { name: /add an article/i }).click();
  const dialog = page.getByRole("dialog", { name: "Add an article" });
  await dialog.getByLabel("Arabic text").fill(text);
  await dialog.getByRole("button", { name: "Show on the map" }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, "misrata").locator(".unsaved-badge")).toBeVisible();

  await row(page, "misrata").click();
  await popupReady(page, "misrata");
  const quote = page.locator(".leaflet-popup .quote").filter({ hasText: "وصلت تعزيزات عسكرية" });
  await expect(quote.locator(".event-label")).toHaveAttribute("data-role", "military");
  await expect(quote.locator("u.event-cue")).toHaveText("وصلت");
  // The marker counts the pasted mention among Misrata's roles.
  await expect(marker(page, "misrata")).toHaveAttribute("title", /Military activity \d/);
  await page.keyboard.press("Escape");

  // Under civil only, the pasted Zuwara meeting stays and the Misrata reinforcements go.
  await page.goto(`/?role=civil${new URL(page.url()).hash}`);
  await expect(row(page, "zuwara").locator(".unsaved-badge")).toBeVisible();
  const civilQuote = page.locator(".leaflet-popup .quote");
  await row(page, "zuwara").click();
  await popupReady(page, "zuwara");
  await expect(civilQuote.locator(".event-label")).toHaveAttribute("data-role", "civil");
  await expect(civilQuote.locator("u.event-cue")).toHaveText("وعقد اجتماع");
  await expect(row(page, "misrata")).toHaveCount(0);
});

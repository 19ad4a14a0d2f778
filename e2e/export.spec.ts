import { readFile } from "node:fs/promises";
import type { Download, Page } from "@playwright/test";
import { parseCsv } from "./csv";
import { test, expect } from "./fixtures";
import { openMap } from "./view-helpers";

const HEADER = ["mention_id", "article_id", "article_title", "published_from", "published_to", "place_id", "name_ar",
  "name_en", "kind", "country", "lon", "lat", "precision_km", "start", "end", "surface", "sentence", "source", "url", "role", "combat_kind"];

async function download(page: Page, name: "CSV" | "GeoJSON"): Promise<{ file: Download; bytes: Buffer }> {
  const exports = page.getByRole("region", { name: "Export" });
  const [file] = await Promise.all([page.waitForEvent("download"), exports.getByRole("link", { name, exact: true }).click()]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

test("CSV export of the whole view: UTF-8 with BOM, the header, and Sirte's rows from article 003", async ({ page }) => {
  await openMap(page);
  const { file, bytes } = await download(page, "CSV");
  expect(file.suggestedFilename()).toBe("khabar-map-mentions.csv");
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const [header, ...rows] = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(header).toEqual(HEADER);
  expect(new Set(rows.map((r) => r[1]))).toEqual(new Set(["000", "001", "002", "003", "004"]));
  const sirte003 = rows.filter((r) => r[5] === "sirte" && r[1] === "003");
  expect(sirte003.length).toBeGreaterThan(0);
  for (const r of sirte003) {
    expect(r).toHaveLength(HEADER.length);
    expect(r.slice(6, 8)).toEqual(["سرت", "Sirte"]);
    expect([r[3], r[4]]).toEqual(["2020-07-03", "2020-07-03"]);
    expect(Number(r[10])).toBeCloseTo(16.58, 1);
    expect(Number(r[11])).toBeCloseTo(31.2, 1);
    expect(r[16]).toContain(r[15]!);
  }
});

test("GeoJSON export follows the filters in the address bar, ignoring a malformed one", async ({ page }) => {
  // a=003 keeps article 003; from=2020-02-30 is not a date and is dropped, as the map drops it.
  await openMap(page, "/?a=003&from=2020-02-30");
  const { file, bytes } = await download(page, "GeoJSON");
  expect(file.suggestedFilename()).toBe("khabar-map-mentions.geojson");
  const fc = JSON.parse(bytes.toString("utf8")) as {
    type: string;
    features: { id: string; geometry: { type: string; coordinates: [number, number] }; properties: { articleId: string; placeId: string } }[];
  };
  expect(fc.type).toBe("FeatureCollection");
  expect(fc.features.length).toBeGreaterThan(0);
  expect(new Set(fc.features.map((f) => f.properties.articleId))).toEqual(new Set(["003"]));
  const sirte = fc.features.find((f) => f.properties.placeId === "sirte");
  expect(sirte?.geometry.coordinates[0]).toBeCloseTo(16.58, 1); // lon first (RFC 7946)
  expect(sirte?.geometry.coordinates[1]).toBeCloseTo(31.2, 1);
});

test("with a pasted article shown, the panel says exports cover saved articles only, and they do", async ({ page }) => {
  await openMap(page);
  const exports = page.getByRole("region", { name: "Export" });
  await expect(exports).not.toContainText("saved articles only");
  await page.getByRole("button", { name: "Add an article" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an article" });
  await dialog.getByLabel("Arabic text").fill("وقال مصدر في غريان إن الطريق إلى ترهونة مغلق منذ الصباح.");
  await dialog.getByRole("button", { name: "Show on the map" }).click();
  await expect(exports).toContainText("Exports cover saved articles only, not the unsaved pasted article.");
  const { bytes } = await download(page, "CSV");
  const [, ...rows] = parseCsv(bytes.subarray(3).toString("utf8"));
  expect(rows.length).toBeGreaterThan(0);
  expect(rows.some((r) => r[1] === "pasted" || r[16]?.includes("مغلق منذ الصباح"))).toBe(false);
});

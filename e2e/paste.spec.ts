import type { Browser, Locator, Page } from "@playwright/test";
import LZString from "lz-string";
import { test, expect } from "./fixtures";

// A paragraph no seed contains, naming Tarhuna twice and Gharyan once.
const TITLE = "اشتباكات على محور ترهونة";
const PARAGRAPH =
  "تجددت الاشتباكات مساء أمس على الطريق بين ترهونة وبني وليد بحسب شهود عيان. " +
  "وقال مصدر عسكري في غريان إن تعزيزات وصلت إلى المدينة خلال الليل. " +
  "وأضاف أن سكان ترهونة يخشون موجة نزوح جديدة.";

const popup = (page: Page): Locator => page.locator(".leaflet-popup");
const marker = (page: Page, id: string): Locator => page.locator(`.leaflet-marker-icon.place-marker[data-place-id="${id}"]`);

async function openMap(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
}

async function pasteArticle(page: Page, text: string, title?: string, date?: string): Promise<void> {
  await page.getByRole("button", { name: /add an article|replace the pasted article/i }).click();
  const dialog = page.getByRole("dialog", { name: "Add an article" });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Arabic text").fill(text);
  if (title) await dialog.getByLabel("Title (optional)").fill(title);
  if (date) await dialog.getByLabel("Published on (optional)").fill(date);
  await dialog.getByRole("button", { name: "Show on the map" }).click();
  await expect(dialog).toBeHidden();
}

/** Opens a place from the side panel and waits for its popup's quotes. */
async function choose(page: Page, id: string): Promise<Locator> {
  await page.locator(`.place-row[data-place-id="${id}"]`).click();
  const p = popup(page).filter({ has: page.locator(`.place-popup[data-place-id="${id}"]`) });
  await expect(p).toBeVisible();
  await expect(p).toHaveCSS("opacity", "1");
  await expect(p.locator(".mention-list")).toHaveAttribute("data-status", "ready");
  return p;
}

/**
 * Both places are drawn as unsaved markers and their popups quote the pasted paragraph, under its
 * title and date (`day` as quotes of saved articles show theirs: "5 Jun 2020", or "date unknown").
 */
async function expectPastedPlaces(page: Page, day = "date unknown"): Promise<void> {
  for (const [id, en, ar, sentence] of [
    ["tarhuna", "Tarhuna", "ترهونة", "تجددت الاشتباكات مساء أمس على الطريق بين ترهونة وبني وليد بحسب شهود عيان."],
    ["gharyan", "Gharyan", "غريان", "وقال مصدر عسكري في غريان إن تعزيزات وصلت إلى المدينة خلال الليل."],
  ] as const) {
    await expect(page.locator(`.place-row[data-place-id="${id}"] .unsaved-badge`)).toBeVisible();
    const p = await choose(page, id);
    const m = marker(page, id);
    await expect(m).toBeVisible();
    await expect(m).toHaveAttribute("aria-label", new RegExp(`^${en}.* — ${ar}, \\d+ mentions?.*unsaved`));
    await expect(m).toHaveClass(/place-marker--unsaved/);
    const quote = p.locator(".quote", { hasText: sentence });
    await expect(quote).toHaveCount(1);
    await expect(quote.locator("blockquote")).toHaveText(sentence);
    await expect(quote.locator("mark")).toHaveText(ar);
    await expect(quote.locator(".unsaved-badge")).toBeVisible();
    await expect(quote.locator(".quote-source")).toContainText(TITLE);
    await expect(quote.locator(".quote-date")).toHaveText(day);
  }
  // Tarhuna is named twice in the paragraph: both quotes are there.
  const p = await choose(page, "tarhuna");
  await expect(p.locator(".quote", { hasText: "نزوح" }).locator("mark")).toHaveText("ترهونة");
}

/** A fresh browser context with the same guard as the fixtures: local requests only, no console errors. */
async function freshPage(browser: Browser, baseURL: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const context = await browser.newContext({ baseURL });
  const problems: string[] = [];
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (["127.0.0.1", "localhost"].includes(url.hostname) || url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    problems.push(`blocked ${url.href}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push(msg.text());
  });
  page.on("pageerror", (err) => problems.push(String(err)));
  return { page, problems, close: () => context.close() };
}

test("a pasted paragraph's places appear at once as unsaved, quoted in their popups, and the text never reaches the server", async ({ page }) => {
  const sent: string[] = [];
  page.on("request", (r) => sent.push(`${r.method()} ${r.url()} ${r.postData() ?? ""}`));
  await openMap(page);
  await pasteArticle(page, PARAGRAPH, TITLE);
  await expectPastedPlaces(page);

  const summary = page.getByTestId("pasted-summary");
  await expect(summary).toContainText(TITLE);
  await expect(summary).toContainText("unsaved");
  expect(page.url()).toMatch(/#article=[A-Za-z0-9+\-$]+$/);
  // The geoparser ran in the browser: no request carried the text or the fragment.
  for (const s of sent) {
    expect(s).not.toContain("article=");
    expect(s).not.toContain(encodeURIComponent("ترهونة"));
    expect(s).not.toContain("ترهونة");
    expect(s.startsWith("POST")).toBe(false);
  }

  // Removing it takes its places and the fragment away.
  await summary.getByRole("button", { name: "Remove the pasted article" }).click();
  await expect(page.locator('.place-row[data-place-id="gharyan"]')).toHaveCount(0);
  expect(page.url()).not.toContain("#article=");
});

test("the share link restores the pasted article, with its date, in a fresh browser context", async ({ page, browser, baseURL }) => {
  await openMap(page);
  await pasteArticle(page, PARAGRAPH, TITLE, "2020-06-05");
  await expectPastedPlaces(page, "5 Jun 2020");
  const link = await page.getByLabel("Share link").inputValue();
  expect(link).toMatch(new RegExp(`^${baseURL}/(\\?[^#]*)?#article=`));

  const fresh = await freshPage(browser, baseURL!);
  try {
    await openMap(fresh.page, link.slice(baseURL!.length));
    const summary = fresh.page.getByTestId("pasted-summary");
    await expect(summary).toContainText(TITLE);
    await expect(summary.locator(".pasted-date")).toHaveText("5 Jun 2020");
    await expectPastedPlaces(fresh.page, "5 Jun 2020");
    // Dated, the article now answers the timeline like a saved one: a range without its day leaves it out.
    await fresh.page.locator('.timeline input[name="from"]').fill("2020-06-06");
    await fresh.page.locator('.timeline input[name="to"]').fill("2020-06-30");
    // (undated, it would stay shown: "articles without a date stay shown").
    await expect(fresh.page.locator('.place-row[data-place-id="gharyan"]')).toHaveCount(0);
    await fresh.page.locator('.timeline input[name="from"]').fill("2020-06-01");
    await expect(fresh.page.locator('.place-row[data-place-id="gharyan"] .unsaved-badge')).toBeVisible();
    expect(fresh.problems).toEqual([]);
  } finally {
    await fresh.close();
  }
});

test("a link made before dates travelled opens undated; a crafted link's impossible date is dropped, the article kept", async ({ page }) => {
  // Made by the app before share links carried a date (payload v1: text and title).
  const v1 =
    "article=N4IgbiBcCMA0IBcCmAPBUSHIwQYmCHowQImCCcYIFRgABJoCxgxgFGCaDCYJmYIJggUmCnGCMYIOJggEmDaCUYIBgwUj0yBRMGK4ygUjB8gSTBSgLjAOLHKTGBmMEyBCMFKBiME0A6EPAQBLBABskGSjXqMQAXyA";
  await openMap(page, `/#${v1}`);
  const summary = page.getByTestId("pasted-summary");
  await expect(summary).toContainText("اشتباكات");
  await expect(summary.locator(".pasted-date")).toHaveCount(0);
  const p = await choose(page, "gharyan");
  await expect(p.locator(".quote", { hasText: "امتدت إلى غريان" }).locator(".quote-date")).toHaveText("date unknown");

  const crafted = "article=" + LZString.compressToEncodedURIComponent(JSON.stringify({ v: 2, text: PARAGRAPH, title: TITLE, date: "2020-02-30" }));
  await openMap(page, `/?lang=ar#${crafted}`);
  await expect(summary).toContainText(TITLE);
  await expect(summary.getByRole("status")).toHaveText("التاريخ في هذا الرابط ليس يومًا حقيقيًا بالصيغة yyyy-mm-dd، لذا يُعرض المقال بلا تاريخ.");
  await expect(summary.locator(".pasted-date")).toHaveCount(0);
  await expect(page.locator('.place-row[data-place-id="tarhuna"] .unsaved-badge')).toBeVisible();
});

test("in Arabic, refusals of a pasted text or a link are in Arabic with their figures, and unsaved markers say so", async ({ page }) => {
  // Typing 100 KB into the field and geoparsing in the page take seconds on a busy 2-core machine.
  test.setTimeout(60_000);
  await openMap(page, "/?lang=ar#article=xyz");
  await expect(page.locator(".add-article > .field-error")).toHaveText(
    "تعذّر فتح المقال في هذا الرابط: المقال المُشارَك في هذا الرابط تالف (ربما قُطع الرابط).",
  );
  await page.getByRole("button", { name: "إضافة مقال" }).click();
  const dialog = page.getByRole("dialog", { name: "إضافة مقال" });
  const submit = dialog.getByRole("button", { name: "اعرضه على الخريطة" });
  await submit.click();
  await expect(dialog.getByRole("alert")).toHaveText("الصق أولًا النص العربي لمقال.");
  await dialog.getByLabel("النص العربي").fill("Fighting resumed near Tarhuna and Gharyan last night, ترهونة.");
  await submit.click();
  await expect(dialog.getByRole("alert")).toHaveText(/^هذا ليس نصًا عربيًا: الحروف العربية \d+% فقط من حروفه، وعددها \d+ \(المطلوب 50% على الأقل\)\.$/);
  await dialog.getByLabel("النص العربي").fill("ل".repeat(51_201));
  await submit.click();
  await expect(dialog.getByRole("alert")).toContainText("النص طويل جدًا: 102,402 بايت (الحد الأقصى 102,400 بايت، أي 100 كيلوبايت)");

  await dialog.getByLabel("النص العربي").fill(PARAGRAPH);
  await submit.click();
  await expect(dialog).toBeHidden();
  await expect(page.locator(".add-article > .field-error")).toHaveCount(0);
  await choose(page, "tarhuna");
  await expect(marker(page, "tarhuna")).toHaveAttribute("aria-label", /^ترهونة — Tarhuna، (2 \(إشارتان\)|\d+ إشارات?) \(غير محفوظة: 2\)$/);
});

test("bad input is refused with a clear message and nothing is added", async ({ page }) => {
  await openMap(page);
  await page.getByRole("button", { name: "Add an article" }).click();
  const dialog = page.getByRole("dialog", { name: "Add an article" });
  const submit = dialog.getByRole("button", { name: "Show on the map" });

  await submit.click();
  await expect(dialog.getByRole("alert")).toHaveText("Paste the Arabic text of an article first.");
  await expect(dialog.getByLabel("Arabic text")).toHaveAttribute("aria-invalid", "true");

  await dialog.getByLabel("Arabic text").fill("Fighting resumed near Tarhuna and Gharyan last night, ترهونة.");
  await submit.click();
  await expect(dialog.getByRole("alert")).toHaveText(/^This is not Arabic text: \d+% of its \d+ letters are Arabic \(at least 50% needed\)\.$/);

  await dialog.getByLabel("Arabic text").fill("ل".repeat(51_201));
  await submit.click();
  await expect(dialog.getByRole("alert")).toContainText("The text is too long: 102,402 bytes (at most 102,400 bytes, 100 KB)");

  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId("pasted-summary")).toHaveCount(0);
  expect(page.url()).not.toContain("#article=");
});

test("an article too long for a link stays shown, with the limit message instead of a link", async ({ page }) => {
  // Random Arabic letters (a fixed pseudo-random sequence) compress poorly: ~45,000 characters,
  // under the 100 KB paste limit but far over what a link may carry.
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
  const parts: string[] = [];
  for (let i = 0; i < 9000; i++) {
    let word = "";
    for (let n = 2 + (next() >> 5) % 5; n > 0; n--) word += String.fromCharCode(0x0628 + (next() >> 8) % 20);
    parts.push(word);
  }
  const text = `${PARAGRAPH}\n${parts.join(" ")}`;
  await openMap(page);
  await pasteArticle(page, text);
  const summary = page.getByTestId("pasted-summary");
  await expect(summary.getByRole("status")).toContainText(/^This article is too long to share in a link: compressed it takes [\d,]+ characters/);
  await expect(summary.getByLabel("Share link")).toHaveCount(0);
  expect(page.url()).not.toContain("#article=");
  // Still on the map, unsaved.
  await expect(page.locator('.place-row[data-place-id="gharyan"] .unsaved-badge')).toBeVisible();
  const p = await choose(page, "gharyan");
  await expect(p.locator(".quote mark", { hasText: "غريان" }).first()).toBeVisible();
});

test("a place named by saved articles and the pasted one lists the pasted quotes first, then pages through the saved ones", async ({ page }) => {
  await openMap(page);
  const saved = (await (await page.request.get("/api/places/sirte/mentions?limit=1")).json()) as { total: number };
  await pasteArticle(page, "وصلت تعزيزات جديدة إلى سرت مساء أمس. وقال شهود إن الهدوء عاد إلى سرت صباح اليوم.", "هدوء في سرت");
  const total = saved.total + 2;
  const p = await choose(page, "sirte");
  await expect(p.locator(".place-meta")).toContainText(`${total} mentions`);
  await expect(p.locator(".pager-count")).toHaveText(`1–5 of ${total}`);
  const quotes = p.locator(".quote");
  await expect(quotes).toHaveCount(5);
  await expect(quotes.nth(0).locator(".unsaved-badge")).toBeVisible();
  await expect(quotes.nth(0).locator("blockquote")).toHaveText("وصلت تعزيزات جديدة إلى سرت مساء أمس.");
  await expect(quotes.nth(1).locator("mark")).toHaveText("سرت");
  await expect(quotes.nth(1).locator(".unsaved-badge")).toBeVisible();
  for (const i of [2, 3, 4]) {
    await expect(quotes.nth(i).locator(".unsaved-badge")).toHaveCount(0);
    await expect(quotes.nth(i).locator(".quote-source a")).toHaveAttribute("href", /^\/articles\/\d+#m-\d+$/);
  }
  const ids = new Set(await quotes.evaluateAll((els) => els.map((e) => e.getAttribute("data-mention-id"))));
  await p.getByRole("button", { name: "Next quotes" }).click();
  await expect(p.locator(".pager-count")).toHaveText(`6–${Math.min(10, total)} of ${total}`);
  await expect(p.locator(".mention-list")).toHaveAttribute("data-status", "ready");
  await expect(p.locator(".quote .unsaved-badge")).toHaveCount(0);
  for (const id of await p.locator(".quote").evaluateAll((els) => els.map((e) => e.getAttribute("data-mention-id")))) {
    expect(ids.has(id)).toBe(false);
    ids.add(id);
  }
  expect(ids.size).toBe(Math.min(10, total));
});

test("the view's article filter applies to the pasted article like any other", async ({ page }) => {
  // a=003 keeps only article 003: the pasted article is left out of markers, lists and quotes.
  await openMap(page, "/?a=003");
  await pasteArticle(page, "وقال مصدر في غريان إن قوات وصلت إلى سرت صباح اليوم.", "خبر مصفى");
  await expect(page.getByTestId("pasted-summary")).toContainText("خبر مصفى");
  await expect(page.locator('.place-row[data-place-id="gharyan"]')).toHaveCount(0);
  const p = await choose(page, "sirte");
  await expect(p.locator(".quote").first()).toBeVisible();
  await expect(p.locator(".quote .unsaved-badge")).toHaveCount(0);
  await expect(p.locator(".quote", { hasText: "صباح اليوم" })).toHaveCount(0);
});

test("the topic applies to the pasted article sentence by sentence, and its quotes mark the topic", async ({ page }) => {
  // Only the second sentence says مسيرة: Gharyan is kept with its one quote, Tarhuna (named in
  // the other two, and by no saved sentence about a drone) leaves the map.
  await openMap(page, `/?what=${encodeURIComponent("مسيرة")}`);
  await pasteArticle(page, "اشتباكات قرب ترهونة صباح اليوم. وقال مصدر إن طائرة مسيرة حلقت فوق غريان. وعاد الهدوء إلى ترهونة.");
  await expect(page.locator('.place-row[data-place-id="gharyan"] .unsaved-badge')).toBeVisible();
  await expect(page.locator('.place-row[data-place-id="gharyan"] .count')).toHaveText("1");
  await expect(page.locator('.place-row[data-place-id="tarhuna"]')).toHaveCount(0);
  const p = await choose(page, "gharyan");
  await expect(p.locator(".quote")).toHaveCount(1);
  await expect(p.locator(".quote mark.topic-mark")).toHaveText(["مسيرة"]);
  await expect(p.locator(".quote mark:not(.topic-mark)")).toHaveText(["غريان"]);
  // The Articles tab lists it above the saved ones, with its mentions under the topic.
  await page.getByRole("tab", { name: /Articles/ }).click();
  const row = page.locator('.article-list li[data-article-id="pasted"]');
  await expect(row.locator(".article-mentions")).toHaveText("1 place mentions");
  await expect(page.locator(".article-list li").first()).toHaveAttribute("data-article-id", "pasted");
  // Without the topic, both places and all three quotes are back.
  await page.getByRole("button", { name: "Clear the topic" }).click();
  await page.getByRole("tab", { name: /Places/ }).click();
  await expect(page.locator('.place-row[data-place-id="tarhuna"] .unsaved-badge')).toBeVisible();
  await expect(row).toHaveCount(0);
});

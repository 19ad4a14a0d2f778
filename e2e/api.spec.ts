import type { APIResponse } from "@playwright/test";
import { parseCsv } from "./csv";
import { expect, test } from "./fixtures";

const SECURITY = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function expectSecurityHeaders(res: APIResponse) {
  const h = res.headers();
  for (const [k, v] of Object.entries(SECURITY)) expect(h[k], k).toBe(v);
  expect(h["x-powered-by"]).toBeUndefined();
  const csp = h["content-security-policy"] ?? "";
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  // No other origin may be named unless a tile URL was configured at build time.
  if (!process.env.NEXT_PUBLIC_TILE_URL) expect(csp).not.toMatch(/https?:|\s\*/);
}

async function expectError(res: APIResponse, status: number, message: RegExp) {
  expect(res.status()).toBe(status);
  expect(res.headers()["content-type"]).toMatch(/^application\/json/);
  const body = await res.json();
  expect(Object.keys(body)).toEqual(["error"]);
  expect(body.error).toMatch(message);
  expectSecurityHeaders(res);
}

test.describe("GET /api/places", () => {
  test("is a valid RFC 7946 FeatureCollection of mentioned places, [lon, lat]", async ({ request }) => {
    const res = await request.get("/api/places");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toMatch(/^application\/geo\+json/);
    expectSecurityHeaders(res);
    const fc = await res.json();
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features.length).toBeGreaterThan(5);
    const ids = new Set<string>();
    for (const f of fc.features) {
      expect(f.type).toBe("Feature");
      expect(typeof f.id === "string" && f.id.length > 0).toBe(true);
      ids.add(f.id);
      expect(f.geometry.type).toBe("Point");
      expect(f.geometry.coordinates).toHaveLength(2);
      const [lon, lat] = f.geometry.coordinates;
      expect(Number.isFinite(lon) && lon >= -180 && lon <= 180).toBe(true);
      expect(Number.isFinite(lat) && lat >= -90 && lat <= 90).toBe(true);
      expect(Object.keys(f.properties).sort()).toEqual(["count", "country", "kind", "nameAr", "nameEn", "precisionKm", "roles"]);
      expect(f.properties.nameAr).toMatch(/[\u0600-\u06FF]/);
      expect(f.properties.count).toBeGreaterThan(0);
      expect(f.properties.kind).not.toBe("country");
      // Libya lies east of 9°E and north of 19°N with latitudes below 34: swapped pairs fail here.
      if (f.properties.country === "LY") {
        expect(lon).toBeGreaterThan(9);
        expect(lon).toBeLessThan(26);
        expect(lat).toBeGreaterThan(19);
        expect(lat).toBeLessThan(34);
      }
    }
    expect(ids.size).toBe(fc.features.length);
    const misrata = fc.features.find((f: { id: string }) => f.id === "misrata");
    expect(misrata.properties).toMatchObject({ nameEn: "Misrata", nameAr: "مصراتة", country: "LY" });
    expect(misrata.geometry.coordinates[0]).toBeCloseTo(15.09, 1);
    expect(misrata.geometry.coordinates[1]).toBeCloseTo(32.37, 1);
  });
});

test.describe("GET /api/articles/{id}", () => {
  test("gives the article with its text and mentions at the right offsets", async ({ request }) => {
    const res = await request.get("/api/articles/003");
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    const a = await res.json();
    expect(a.id).toBe("003");
    expect(a.published).toEqual({ from: "2020-07-03", to: "2020-07-03" });
    expect(typeof a.title).toBe("string");
    expect(a.text.length).toBeGreaterThan(200);
    expect(a.mentions.length).toBeGreaterThan(0);
    for (const m of a.mentions) {
      expect(a.text.slice(m.start, m.end)).toBe(m.surface);
      expect(m.place.id).toBe(m.placeId);
      expect(m.sentence.start).toBeLessThanOrEqual(m.start);
      expect(m.sentence.end).toBeGreaterThanOrEqual(m.end);
    }
  });
  test("404 for an unknown id", async ({ request }) => {
    await expectError(await request.get("/api/articles/999"), 404, /^no article with id "999"$/);
  });
  test("400 for a malformed id, without echoing it", async ({ request }) => {
    const res = await request.get("/api/articles/%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    await expectError(res, 400, /^malformed article id/);
    expect(await res.text()).not.toContain("<script>");
  });
});


test.describe("GET /api/export", () => {
  test("CSV: UTF-8 with BOM, header row, one quoted row per mention, as an attachment", async ({ request }) => {
    const res = await request.get("/api/export?format=csv&p=misrata");
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    expect(res.headers()["content-type"]).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers()["content-disposition"]).toBe('attachment; filename="khabar-map-mentions-misrata.csv"');
    const bytes = await res.body();
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(bytes.subarray(3).toString("utf8"));
    const [header, ...data] = rows;
    // The article's outlet and URL, and what the sentence reports there (lib/events), close each row.
    expect(header).toEqual(["mention_id", "article_id", "article_title", "published_from", "published_to", "place_id", "name_ar",
      "name_en", "kind", "country", "lon", "lat", "precision_km", "start", "end", "surface", "sentence", "source", "url", "role", "combat_kind"]);
    expect(data.length).toBeGreaterThan(0);
    expect(String(data.length)).toBe(res.headers()["x-mention-count"]);
    for (const r of data) {
      expect(r).toHaveLength(header!.length);
      expect(r[5]).toBe("misrata");
      expect(r[6]).toBe("مصراتة");
      expect(Number(r[10])).toBeCloseTo(15.09, 1);
      expect(r[16]).toContain(r[15]!);
    }
  });

  test("GeoJSON honours the article and date filters (an article counts when its range overlaps)", async ({ request }) => {
    const all = await (await request.get("/api/export?format=geojson")).json();
    expect(all.type).toBe("FeatureCollection");
    const articles = new Set(all.features.map((f: { properties: { articleId: string } }) => f.properties.articleId));
    expect(articles.size).toBeGreaterThan(1);

    // 004 is dated 2020-06-06..07 and 003 2020-07-03: June keeps 004 only (seeds/articles.json).
    const res = await request.get("/api/export?format=geojson&from=2020-06-07&to=2020-06-30");
    expect(res.status()).toBe(200);
    expect(res.headers()["content-disposition"]).toBe('attachment; filename="khabar-map-mentions.geojson"');
    const june = await res.json();
    expect(june.features.length).toBeGreaterThan(0);
    expect(new Set(june.features.map((f: { properties: { articleId: string } }) => f.properties.articleId))).toEqual(new Set(["004"]));
    for (const f of june.features) {
      expect(f.id).toBe(f.properties.mentionId);
      expect(f.geometry.type).toBe("Point");
      expect(f.properties.sentence).toContain(f.properties.surface);
    }

    const two = await (await request.get("/api/export?format=geojson&a=000,003")).json();
    expect(new Set(two.features.map((f: { properties: { articleId: string } }) => f.properties.articleId))).toEqual(new Set(["000", "003"]));
  });

  test("400 on a missing or unknown format", async ({ request }) => {
    await expectError(await request.get("/api/export?format=xlsx"), 400, /^format must be "geojson" or "csv"$/);
    await expectError(await request.get("/api/export"), 400, /^format is required/);
  });

  test("a malformed filter value is ignored on its own, as the map ignores it", async ({ request }) => {
    const ids = async (query: string) => {
      const res = await request.get(`/api/export?format=geojson&${query}`);
      expect(res.status(), query).toBe(200);
      const fc = (await res.json()) as { features: { properties: { articleId: string; placeId: string } }[] };
      return fc.features;
    };
    // a=003 still applies beside a bad date, a bad article id and a bad place id.
    const only003 = await ids("a=003,%3Cb%3E&from=last-week&p=no%20such");
    expect(only003.length).toBeGreaterThan(0);
    expect(new Set(only003.map((f) => f.properties.articleId))).toEqual(new Set(["003"]));
    expect(new Set(only003.map((f) => f.properties.placeId)).size).toBeGreaterThan(1);
    // A reversed range of months keeps both months whole: June–July holds 003 (3 July) and 004 (6–7 June).
    const summer = await ids("from=2020-07&to=2020-06");
    expect(new Set(summer.map((f) => f.properties.articleId))).toEqual(new Set(["003", "004"]));
  });
});

test.describe("POST /api/geoparse", () => {
  const TEXT = "اندلعت اشتباكات عنيفة في ترهونة، وامتدت إلى غريان مساء أمس.";

  test("finds the places of a pasted text with names and coordinates", async ({ request }) => {
    const res = await request.post("/api/geoparse", { data: { text: TEXT } });
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    const { mentions } = await res.json();
    expect(mentions.map((m: { placeId: string }) => m.placeId)).toEqual(["tarhuna", "gharyan"]);
    for (const m of mentions) {
      expect(TEXT.slice(m.start, m.end)).toBe(m.surface);
      expect(m.nameAr).toMatch(/[\u0600-\u06FF]/);
      expect(m.nameEn).toMatch(/^[A-Z]/);
      expect(m.lon).toBeGreaterThan(12);
      expect(m.lon).toBeLessThan(14);
      expect(m.lat).toBeGreaterThan(32);
      expect(m.lat).toBeLessThan(33);
      expect(m.sentence).toEqual({ start: 0, end: expect.any(Number) });
    }
  });

  test("415 on another content type", async ({ request }) => {
    const res = await request.post("/api/geoparse", { headers: { "Content-Type": "text/plain" }, data: TEXT });
    await expectError(res, 415, /^Content-Type must be application\/json/);
  });

  test("400 with a message on invalid JSON or wrong types", async ({ request }) => {
    // A Buffer goes as it is (a string would be JSON-encoded again by Playwright).
    const post = (data: string) => request.post("/api/geoparse", { headers: { "Content-Type": "application/json" }, data: Buffer.from(data) });
    await expectError(await post('{"text": "ليبيا"'), 400, /^invalid JSON: /);
    await expectError(await post('{"text": 42}'), 400, /^"text" must be a string$/);
    await expectError(await post("{}"), 400, /^missing "text"/);
    await expectError(await post('["ليبيا"]'), 400, /^the body must be a JSON object/);
    await expectError(await post('{"text": "ليبيا", "lang": "ar"}'), 400, /^unexpected field "lang"/);
  });

  test("413 when the body is larger than 100 KB, by Content-Length or by its actual size", async ({ request, baseURL }) => {
    const big = "ليبيا ".repeat(12_000); // 132,000 bytes of UTF-8
    await expectError(await request.post("/api/geoparse", { data: { text: big } }), 413, /^request too large/);

    // A stream body has no Content-Length: it arrives chunked and the server must count it as it reads.
    const chunk = new TextEncoder().encode("ليبيا ".repeat(2_000));
    let sent = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ === 0) c.enqueue(new TextEncoder().encode('{"text": "'));
        else if (sent < 20) c.enqueue(chunk);
        else c.close();
      },
    });
    const res = await fetch(`${baseURL}/api/geoparse`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatch(/^request too large/);

    // A text just under the limit is accepted.
    const fits = "ليبيا ".repeat(9_000); // 99,000 bytes
    expect((await request.post("/api/geoparse", { data: { text: fits } })).status()).toBe(200);
  });
});

test.describe("security headers", () => {
  test("on the map page and its static files; the page runs under the CSP without errors", async ({ page, request }) => {
    const res = await request.get("/");
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res);
    const html = await res.text();
    const script = /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(script).toBeTruthy();
    const js = await request.get(script!);
    expect(js.status()).toBe(200);
    expectSecurityHeaders(js);

    // A CSP violation is a console error, which the fixture turns into a failure.
    await page.goto("/");
    await expect(page.locator(".leaflet-container")).toBeVisible();
    await expect(page.locator(".leaflet-marker-icon, .leaflet-interactive").first()).toBeVisible();
  });

  test("on an API error and a missing page", async ({ request }) => {
    expectSecurityHeaders(await request.get("/api/articles/999"));
    const missing = await request.get("/no-such-page");
    expect(missing.status()).toBe(404);
    expectSecurityHeaders(missing);
  });
});

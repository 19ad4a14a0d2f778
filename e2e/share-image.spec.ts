import { test, expect } from "./fixtures";

const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

test("the preview image route returns a PNG for a place", async ({ request }) => {
  const res = await request.get("/api/og?p=misrata");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/png");
  expect(res.headers()["cache-control"]).toBe("public, max-age=3600");
  const body = await res.body();
  expect([...body.subarray(0, 8)]).toEqual(PNG_MAGIC);
  expect([body.readUInt32BE(16), body.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(body.length).toBeGreaterThan(20_000);
});

test("the preview image route answers 404 for an unknown place and 400 for a hostile one", async ({ request }) => {
  const unknown = await request.get("/api/og?p=atlantis");
  expect(unknown.status()).toBe(404);
  expect(await unknown.json()).toEqual({ error: 'unknown place "atlantis"' });
  const hostile = await request.get("/api/og?p=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
  expect(hostile.status()).toBe(400);
  expect(await hostile.text()).not.toContain("<script>");
});

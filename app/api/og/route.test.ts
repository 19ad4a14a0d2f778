import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET } from "./route";
import { getStore } from "@/lib/store";

// A store of its own, filled from seeds/ on first use, so the test never writes data/khabar.db.
const dir = mkdtempSync(join(tmpdir(), "khabar-og-"));
beforeAll(() => {
  process.env.KHABAR_DB = join(dir, "k.db");
});
afterAll(() => {
  getStore().close();
  delete process.env.KHABAR_DB;
  rmSync(dir, { recursive: true, force: true });
});

const get = (query: string) => GET(new Request(`http://localhost/api/og${query}`));
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

describe("GET /api/og", () => {
  it("returns a cacheable 1200×630 PNG for a place", async () => {
    const res = await get("?p=misrata");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/png");
    expect(res.headers.get("cache-control")).toBe("public, max-age=3600");
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect([view.getUint32(16), view.getUint32(20)]).toEqual([1200, 630]);
    expect(bytes.length).toBeGreaterThan(20_000);
  });

  it("draws the quote of a mention: the image differs from the place alone", async () => {
    const [mention] = getStore().quotes("misrata").quotes;
    expect(mention).toBeDefined();
    const withQuote = new Uint8Array(await (await get(`?p=misrata&m=${mention!.id}`)).arrayBuffer());
    const plain = new Uint8Array(await (await get("?p=misrata")).arrayBuffer());
    expect(Buffer.from(withQuote).equals(Buffer.from(plain))).toBe(false);
    // a mention the place does not have is left out, not an error
    const unknown = new Uint8Array(await (await get("?p=misrata&m=999:1")).arrayBuffer());
    expect(Buffer.from(unknown).equals(Buffer.from(plain))).toBe(true);
  });

  it("404s an unknown place with a message", async () => {
    const res = await get("?p=atlantis");
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'unknown place "atlantis"' });
  });

  it.each([
    ["", "p is required"],
    ["?p=%3Cscript%3E", "p must be a place id like abu-qurain"],
    [`?p=${"a".repeat(10_000)}`, "p is too long"],
    ["?p=misrata&m=x", "m must be a mention id like 002:161"],
    ["?p=misrata&p=sirte", "parameter p given more than once"],
  ])("400s a bad query %#", async (query, message) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    if (message) expect(body.error).toBe(message);
    expect(body.error).not.toContain("<");
  });
});

import { describe, expect, it } from "vitest";
import { jsonError } from "./json-error";
import { isJsonContentType } from "./media-type";
import { readLimitedBody } from "./read-limited-body";

function stream(chunks: number[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(c) {
      if (i < chunks.length) c.enqueue(new Uint8Array(chunks[i++]!).fill(0x61));
      else c.close();
    },
    cancel: onCancel,
  });
}

describe("readLimitedBody", () => {
  it("returns the whole body when it fits, joined in order", async () => {
    const r = await readLimitedBody(stream([3, 4, 3]), 10);
    expect(r).toEqual({ ok: true, bytes: new Uint8Array(10).fill(0x61) });
  });
  it("stops and cancels the stream once past the limit", async () => {
    let cancelled = false;
    const r = await readLimitedBody(stream([6, 6, 6, 6], () => (cancelled = true)), 10);
    expect(r).toEqual({ ok: false, tooLarge: true, read: 12 });
    expect(cancelled).toBe(true);
  });
  it("reads no body as empty", async () => {
    expect(await readLimitedBody(null, 10)).toEqual({ ok: true, bytes: new Uint8Array() });
  });
});

describe("isJsonContentType", () => {
  it.each([
    ["application/json", true],
    ["Application/JSON; charset=UTF-8", true],
    ['application/json;charset="utf-8"', true],
    ["application/json; charset=iso-8859-1", false],
    ["text/plain", false],
    ["application/x-www-form-urlencoded", false],
    ["application/jsonp", false],
    [null, false],
  ])("%j → %s", (h, ok) => expect(isJsonContentType(h)).toBe(ok));
});

describe("jsonError", () => {
  it("is JSON {error} with the status", async () => {
    const r = jsonError(413, "too big");
    expect(r.status).toBe(413);
    expect(r.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await r.json()).toEqual({ error: "too big" });
  });
});

import { closeSync, ftruncateSync, mkdirSync, mkdtempSync, openSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MAX_BACKOFF_MS, nextPollDelay } from "./backoff";
import { contentFormat } from "./content-type";
import { formatDuration, parseDuration } from "./duration";
import { fetchUrl } from "./fetch-url";
import { itemKey } from "./item-key";
import { readInputFile } from "./read-file";
import { serve } from "./testing";
import { walkFiles } from "./walk";

let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "edge-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("nextPollDelay", () => {
  it("is the interval after a good poll, doubles per failure in a row, and stops at the cap", () => {
    const m = 60_000;
    expect([0, 1, 2, 3].map((f) => nextPollDelay(15 * m, f))).toEqual([15 * m, 30 * m, 60 * m, 120 * m]);
    expect(nextPollDelay(15 * m, 30)).toBe(MAX_BACKOFF_MS);
    expect(nextPollDelay(24 * 60 * m, 3)).toBe(24 * 60 * m); // an interval longer than the cap is the cap
  });
  it("waits at least a server's Retry-After, up to the cap", () => {
    expect(nextPollDelay(60_000, 1, 600_000)).toBe(600_000);
    expect(nextPollDelay(60_000, 1, 10 * MAX_BACKOFF_MS)).toBe(MAX_BACKOFF_MS);
  });
});

describe("parseDuration / formatDuration", () => {
  it("reads units and sums, and refuses a bare number or zero", () => {
    expect(["30s", "15m", "1h30m", "2d", "0.5h"].map(parseDuration)).toEqual([30_000, 900_000, 5_400_000, 172_800_000, 1_800_000]);
    expect(["15", "", "0s", "1 h", "soon", "-1m"].map(parseDuration)).toEqual(Array(6).fill(undefined));
  });
  it("writes the largest whole units", () => {
    expect([2_000, 900_000, 5_400_000, 90_061_000, 0].map(formatDuration)).toEqual(["2s", "15m", "1h30m", "1d1h1m1s", "0s"]);
  });
});

describe("contentFormat", () => {
  it("classifies pages, feeds and generic XML, with the charset", () => {
    expect(contentFormat("text/html; charset=windows-1256")).toEqual({ type: "text/html", charset: "windows-1256", format: "html" });
    expect(contentFormat('application/atom+xml;charset="utf-8"')).toEqual({ type: "application/atom+xml", charset: "utf-8", format: "feed" });
    expect(contentFormat("TEXT/XML")).toEqual({ type: "text/xml", format: "xml" });
    expect(contentFormat("application/pdf")).toEqual({ type: "application/pdf" });
    expect(contentFormat(null)).toEqual({ type: "" });
  });
});

describe("itemKey", () => {
  it("is the URL when there is one, else the same key for the same text however it is written", () => {
    expect(itemKey({ url: "https://news.example/1", text: "نص" })).toBe("https://news.example/1");
    expect(itemKey({ text: "اشتباكات في مِصْراتة" })).toBe(itemKey({ text: "  اشتباكات في مصراته\n" }));
    expect(itemKey({ text: "اشتباكات في سرت" })).toMatch(/^text:[0-9a-f]{16}$/);
  });
});

describe("walkFiles", () => {
  it("lists files depth first in name order, skips hidden entries, follows a link to a folder once", () => {
    mkdirSync(path.join(dir, "b/c"), { recursive: true });
    mkdirSync(path.join(dir, ".git"));
    for (const f of ["b/c/z.txt", "b/a.txt", "a.txt", ".hidden.txt", ".git/config"]) writeFileSync(path.join(dir, f), "x");
    symlinkSync(dir, path.join(dir, "b/c/loop")); // a link back to the top: walked once, no endless loop
    expect(walkFiles(dir)).toEqual({ files: ["a.txt", "b/a.txt", "b/c/z.txt"].map((f) => path.join(dir, f)), errors: [] });
  });
  it("names what it cannot read, and takes a file as itself", () => {
    expect(walkFiles(path.join(dir, "none"))).toEqual({ files: [], errors: [{ path: path.join(dir, "none"), message: "cannot read it (ENOENT)" }] });
    writeFileSync(path.join(dir, "f.txt"), "x");
    expect(walkFiles(path.join(dir, "f.txt")).files).toEqual([path.join(dir, "f.txt")]);
  });
});

describe("readInputFile", () => {
  it("refuses a file over its format's limit before reading it", () => {
    const p = path.join(dir, "huge.csv");
    // a sparse file: 300 MiB by its size, next to nothing on the disk
    writeFileSync(p, "title,text\n");
    const fd = openSync(p, "r+");
    ftruncateSync(fd, 300 * 1024 * 1024);
    closeSync(fd);
    expect(readInputFile(p)).toEqual({ ok: false, reason: "too large: 314,572,800 bytes (at most 268,435,456 bytes for a CSV file)" });
  });
});

describe("fetchUrl", () => {
  it("cuts off and refuses a body that grows past the cap when no Content-Length warned of it", async () => {
    const server = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html" }); // chunked: no length known beforehand
      res.write("x".repeat(600));
      res.end("y".repeat(600));
    });
    try {
      expect(await fetchUrl(server.url("/"), { timeoutMs: 5000, maxBytes: 1000, accept: "*/*" })).toEqual({
        ok: false,
        status: 200,
        reason: "too large: more than 1,000 bytes (at most 1,000 bytes are read)",
      });
      expect(await fetchUrl(server.url("/"), { timeoutMs: 5000, maxBytes: 1200, accept: "*/*" })).toMatchObject({ ok: true, status: 200, bytes: expect.any(Uint8Array) });
    } finally {
      await server.close();
    }
  });
  it("gives a connection failure as a reason, and Retry-After with a status", async () => {
    const server = await serve((_req, res) => res.writeHead(429, { "retry-after": "120" }).end());
    const url = server.url("/");
    try {
      expect(await fetchUrl(url, { timeoutMs: 5000, maxBytes: 1000, accept: "*/*" })).toEqual({ ok: false, status: 429, reason: "HTTP 429 Too Many Requests", retryAfterMs: 120_000 });
    } finally {
      await server.close();
    }
    expect(await fetchUrl(url, { timeoutMs: 5000, maxBytes: 1000, accept: "*/*" })).toEqual({ ok: false, reason: "cannot fetch it (ECONNREFUSED)" });
  });
});

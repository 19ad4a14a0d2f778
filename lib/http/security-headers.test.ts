import { describe, expect, it } from "vitest";
import {
  HSTS,
  contentSecurityPolicy,
  requestSecurityHeaders,
  securityHeaders,
  servedOverHttps,
  tileOrigin,
} from "./security-headers.mjs";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));
const NONCE = "q83vEjRWeJq83vEjRWeJqw==";

describe("tileOrigin", () => {
  it.each([
    ["https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", "https://*.tile.openstreetmap.org"],
    ["https://tile.openstreetmap.org/{z}/{x}/{y}.png", "https://tile.openstreetmap.org"],
    ["http://localhost:8080/tiles/{z}/{x}/{y}.png", "http://localhost:8080"],
    ["HTTPS://Tiles.Example.ORG/{z}/{x}/{y}.png?key=1", "https://tiles.example.org"],
  ])("%s → %s", (url, origin) => expect(tileOrigin(url)).toBe(origin));
  it.each([undefined, "", "ftp://tiles.example.org/{z}", "//tiles.example.org/{z}", "https://{z}.example.org/x", "https://user@evil.example/x", "https://a.example; script-src *"])(
    "allows no host for %j",
    (url) => expect(tileOrigin(url)).toBeNull(),
  );
});

describe("contentSecurityPolicy", () => {
  it("runs only scripts carrying the nonce (and what they load), never inline ones, and allows no framing", () => {
    const d = directives(contentSecurityPolicy({ nonce: NONCE }));
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["script-src"]).toEqual(["'self'", `'nonce-${NONCE}'`, "'strict-dynamic'"]);
    expect(d["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(d["connect-src"]).toEqual(["'self'"]);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(d["base-uri"]).toEqual(["'self'"]);
    expect(contentSecurityPolicy({ nonce: NONCE })).not.toMatch(/https?:|\*/);
    expect(d["script-src"]).not.toContain("'unsafe-inline'");
  });
  it("without a nonce runs our own script files only", () => {
    expect(directives(contentSecurityPolicy({}))["script-src"]).toEqual(["'self'"]);
  });
  it("refuses a nonce that is not base64, so nothing can be smuggled into the policy", () => {
    expect(() => contentSecurityPolicy({ nonce: "abc'; script-src *" })).toThrow(/base64/);
    expect(() => contentSecurityPolicy({ nonce: "short" })).toThrow(/base64/);
  });
  it("adds the tile host to images only", () => {
    const csp = contentSecurityPolicy({ tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png", nonce: NONCE });
    expect(directives(csp)["img-src"]).toEqual(["'self'", "data:", "blob:", "https://*.tile.openstreetmap.org"]);
    expect(csp.match(/openstreetmap/g)).toHaveLength(1);
  });
  it("allows eval in development only", () => {
    expect(contentSecurityPolicy({ dev: true, nonce: NONCE })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ dev: false, nonce: NONCE })).not.toContain("'unsafe-eval'");
  });
});

describe("servedOverHttps", () => {
  it.each([
    [{ forwardedProto: "https" }, true],
    [{ forwardedProto: "HTTPS, http" }, true],
    [{ forwardedProto: "http, https" }, false],
    [{ forwardedProto: null, siteUrl: "https://khabar.example.org" }, true],
    [{ forwardedProto: "http", siteUrl: "http://localhost:3000" }, false],
    [{}, false],
  ])("%j → %s", (options, https) => expect(servedOverHttps(options)).toBe(https));
});

describe("securityHeaders (the same for every response)", () => {
  it("sends nosniff, a private referrer policy, no framing, COOP, CORP and a Permissions-Policy", () => {
    const h = Object.fromEntries(securityHeaders().map(({ key, value }) => [key, value]));
    expect(h).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
      "X-Frame-Options": "DENY",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
    });
    expect(h["Permissions-Policy"]).toMatch(/(^|, )camera=\(\)/);
    expect(h["Permissions-Policy"]).toMatch(/(^|, )geolocation=\(\)/);
    // "copy link" needs the clipboard
    expect(h["Permissions-Policy"]).not.toMatch(/clipboard/);
    // per-request headers are the proxy's: a second CSP here would intersect with the nonce policy
    expect(h["Content-Security-Policy"]).toBeUndefined();
    expect(h["Strict-Transport-Security"]).toBeUndefined();
  });
});

describe("requestSecurityHeaders (per request, from proxy.ts)", () => {
  const asMap = (list: { key: string; value: string }[]) => new Map(list.map(({ key, value }) => [key, value]));
  it("gives a page its nonce policy, and anything else the same policy with no nonce (no inline script at all)", () => {
    expect(asMap(requestSecurityHeaders({ page: true, nonce: NONCE, https: false })).get("Content-Security-Policy")).toBe(contentSecurityPolicy({ nonce: NONCE }));
    const api = asMap(requestSecurityHeaders({ page: false, nonce: NONCE, https: false })).get("Content-Security-Policy");
    expect(api).toBe(contentSecurityPolicy({}));
    expect(api).not.toContain("nonce");
  });
  it("adds HSTS of at least six months over HTTPS only", () => {
    expect(asMap(requestSecurityHeaders({ page: true, nonce: NONCE, https: true })).get("Strict-Transport-Security")).toBe(HSTS);
    expect(Number(/max-age=(\d+)/.exec(HSTS)?.[1])).toBeGreaterThanOrEqual(15_552_000);
    expect(asMap(requestSecurityHeaders({ page: true, nonce: NONCE, https: false })).has("Strict-Transport-Security")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders, tileOrigin } from "./security-headers.mjs";

const directives = (csp: string) => Object.fromEntries(csp.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

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
  it("allows only our own origin by default, and no framing", () => {
    const d = directives(contentSecurityPolicy({}));
    expect(d["default-src"]).toEqual(["'self'"]);
    expect(d["script-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d["img-src"]).toEqual(["'self'", "data:", "blob:"]);
    expect(d["connect-src"]).toEqual(["'self'"]);
    expect(d["frame-ancestors"]).toEqual(["'none'"]);
    expect(d["object-src"]).toEqual(["'none'"]);
    expect(contentSecurityPolicy({})).not.toMatch(/https?:|\*/);
  });
  it("adds the tile host to images only", () => {
    const csp = contentSecurityPolicy({ tileUrl: "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png" });
    expect(directives(csp)["img-src"]).toEqual(["'self'", "data:", "blob:", "https://*.tile.openstreetmap.org"]);
    expect(csp.match(/openstreetmap/g)).toHaveLength(1);
  });
  it("allows eval in development only", () => {
    expect(contentSecurityPolicy({ dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy({ dev: false })).not.toContain("'unsafe-eval'");
  });
});

describe("securityHeaders", () => {
  it("sends nosniff, a referrer policy and the CSP", () => {
    const h = Object.fromEntries(securityHeaders({}).map(({ key, value }) => [key, value]));
    expect(h).toMatchObject({ "X-Content-Type-Options": "nosniff", "Referrer-Policy": "strict-origin-when-cross-origin", "X-Frame-Options": "DENY" });
    expect(h["Content-Security-Policy"]).toBe(contentSecurityPolicy({}));
  });
});

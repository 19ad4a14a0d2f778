import { describe, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { config, proxy } from "../../proxy";
import { scoreHeaders } from "./observatory-score";

const call = (path: string, headers: Record<string, string> = {}) => proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers }));
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? "")?.[1];

describe("proxy", () => {
  it("passes a page on with a fresh nonce in the CSP of both the forwarded request and the response", () => {
    const a = call("/?p=misrata");
    const b = call("/?p=misrata");
    const nonce = nonceOf(a.headers.get("content-security-policy"));
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(nonceOf(b.headers.get("content-security-policy"))).not.toBe(nonce);
    expect(a.headers.get("x-middleware-next")).toBe("1");
    // Next applies request overrides from these headers: the CSP (with the nonce) reaches the renderer
    expect(a.headers.get("x-middleware-override-headers")).toContain("content-security-policy");
    expect(nonceOf(a.headers.get("x-middleware-request-content-security-policy"))).toBe(nonce);
    expect(a.headers.get("content-security-policy")).not.toContain("'unsafe-inline' 'strict"); // scripts
    expect(a.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic';/);
  });

  it("gives the API the policy with no nonce: no inline script may run at all", () => {
    const csp = call("/api/places").headers.get("content-security-policy");
    expect(csp).toMatch(/script-src 'self';/);
    expect(csp).not.toContain("nonce");
  });

  it("answers an un-decodable API path with our JSON 400 before routing", async () => {
    for (const path of ["/api/places/%E0%A4%A/mentions", "/api/articles/%uD800", "/api/articles/%ff%fe"]) {
      const res = call(path);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({ error: "the path is not valid percent-encoded UTF-8" });
      expect(res.headers.get("content-security-policy")).toMatch(/^default-src 'self'; script-src 'self';/);
    }
  });

  it("answers an un-decodable page path with the not-found page itself (404), behind an HTTPS front end too", async () => {
    const variants: Record<string, string>[] = [{}, { "x-forwarded-proto": "https" }];
    for (const headers of variants) {
      const res = call("/articles/%ff%fe", headers);
      expect(res.status).toBe(404);
      // Answered here, not rewritten: Next would proxy a rewrite whose origin differs over the network.
      expect(res.headers.get("x-middleware-rewrite")).toBeNull();
      const html = await res.text();
      expect(html).toContain("<h1>Not found</h1>");
      expect(html).toContain('<a href="/">Back to the map</a>');
      expect(html).not.toContain("<script");
    }
  });

  it("refuses a page request past the query limits with a scriptless 400 page that names the problem", async () => {
    const res = call(`/?${Array.from({ length: 6 }, () => "a=002").join("&")}`);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await res.text();
    expect(html).toContain("query parameter &quot;a&quot; is repeated 6 times (at most 4)");
    expect(html).not.toMatch(/<script/i);
    expect(res.headers.get("x-middleware-next")).toBeNull();
  });

  it("refuses an API request past the limits with our JSON error and the right status", async () => {
    const long = call(`/api/export?q=${"x".repeat(13_000)}`);
    expect(long.status).toBe(414);
    expect(await long.json()).toEqual({ error: "the URL is longer than 12288 characters" });
    const headers = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`x-h${i}`, "1"]));
    expect(call("/api/places", headers).status).toBe(431);
  });

  it("sends HSTS only when served over HTTPS", () => {
    expect(call("/", { "x-forwarded-proto": "https" }).headers.get("strict-transport-security")).toBe("max-age=31536000");
    expect(call("/").headers.get("strict-transport-security")).toBeNull();
  });

  it("does not run on Next's hashed static files, and runs on everything else", () => {
    const matcher = new RegExp(`^${config.matcher[0]!.replace("/(", "/(?:")}$`);
    expect(matcher.test("/_next/static/chunks/a.js")).toBe(false);
    for (const p of ["/", "/articles/003", "/api/places", "/icon.svg", "/_next/data/x.json"]) expect(matcher.test(p)).toBe(true);
  });

  it("a page's headers (static ones from next.config.js plus the proxy's) score A+ on the Observatory's table over HTTPS", async () => {
    const { securityHeaders } = await import("./security-headers.mjs");
    const res = call("/", { "x-forwarded-proto": "https" });
    const headers = new Headers(res.headers);
    for (const { key, value } of securityHeaders()) headers.set(key, value);
    headers.set("content-type", "text/html; charset=utf-8");
    const s = scoreHeaders({ url: "https://khabar.example.org/", status: 200, headers, body: '<script src="/_next/static/chunks/a.js" async=""></script>' });
    expect(s.grade).toBe("A+");
  });
});

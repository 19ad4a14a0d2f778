import { describe, expect, it } from "vitest";
import { MODIFIERS, formatScore, gradeFor, scoreHeaders, type ObservatoryInput } from "./observatory-score";
import { requestSecurityHeaders, securityHeaders } from "./security-headers.mjs";

const NONCE = "q83vEjRWeJq83vEjRWeJqw==";

/** The headers our app sends with a response: next.config.js's static ones and the proxy's per-request ones. */
function ourHeaders(page: boolean, https: boolean, contentType: string): Headers {
  const h = new Headers({ "content-type": contentType });
  for (const { key, value } of [...securityHeaders(), ...requestSecurityHeaders({ page, nonce: page ? NONCE : undefined, https })]) h.set(key, value);
  return h;
}

const PAGE_BODY = `<!DOCTYPE html><html><head><script src="/_next/static/chunks/a.js" async="" nonce="${NONCE}"></script></head><body><script nonce="${NONCE}">self.__next_f=[]</script></body></html>`;

function score(overrides: Partial<ObservatoryInput> & { set?: Record<string, string | null> }) {
  const headers = overrides.headers ?? ourHeaders(true, true, "text/html; charset=utf-8");
  for (const [k, v] of Object.entries(overrides.set ?? {})) {
    if (v === null) headers.delete(k);
    else headers.set(k, v);
  }
  return scoreHeaders({ url: "https://khabar.example.org/", status: 200, body: PAGE_BODY, ...overrides, headers });
}
const resultOf = (s: ReturnType<typeof scoreHeaders>, test: string) => s.tests.find((t) => t.test === test)?.result;

describe("our headers on the HTTP Observatory's scoring table", () => {
  it("a page served over HTTPS scores A+ (printed)", () => {
    const s = score({});
    console.log(formatScore("/ (page, over HTTPS)", s));
    expect(resultOf(s, "content-security-policy")).toBe("csp-implemented-with-unsafe-inline-in-style-src-only");
    expect(resultOf(s, "x-frame-options")).toBe("x-frame-options-implemented-via-csp");
    expect(resultOf(s, "cross-origin-resource-policy")).toBe("corp-implemented-with-same-origin");
    expect(resultOf(s, "strict-transport-security")).toBe("hsts-implemented-max-age-at-least-six-months");
    expect(s.tests.filter((t) => t.assessed && !t.pass)).toEqual([]);
    expect(s.score).toBe(120);
    expect(s.grade).toBe("A+");
  });

  it("the JSON API served over HTTPS scores A+ (printed)", () => {
    const s = score({ headers: ourHeaders(false, true, "application/json"), body: "{}" });
    console.log(formatScore("/api/places (JSON, over HTTPS)", s));
    expect(resultOf(s, "content-security-policy")).toBe("csp-implemented-with-unsafe-inline-in-style-src-only");
    expect(resultOf(s, "subresource-integrity")).toBe("sri-not-implemented-response-not-html");
    expect(s.score).toBe(120);
    expect(s.grade).toBe("A+");
  });

  it("over plain HTTP the same headers lose HSTS and every bonus (printed)", () => {
    const s = scoreHeaders({ url: "http://127.0.0.1:3000/", status: 200, headers: ourHeaders(true, false, "text/html"), body: PAGE_BODY });
    console.log(formatScore("/ (page, plain HTTP)", s));
    expect(resultOf(s, "strict-transport-security")).toBe("hsts-not-implemented-no-https");
    expect(s.score).toBe(80);
    expect(s.grade).toBe("B+");
  });
});

describe("scoreHeaders follows the published table", () => {
  it("the old policy ('unsafe-inline' scripts) was a -20 and cost the bonuses", () => {
    const s = score({ set: { "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'" } });
    expect(resultOf(s, "content-security-policy")).toBe("csp-implemented-with-unsafe-inline");
    expect(s.score).toBe(80);
  });
  it("'unsafe-inline' beside a nonce is ignored, as browsers do", () => {
    const s = score({ set: { "content-security-policy": `default-src 'self'; script-src 'nonce-${NONCE}' 'unsafe-inline'; style-src 'self'; frame-ancestors 'none'` } });
    expect(resultOf(s, "content-security-policy")).toBe("csp-implemented-with-no-unsafe");
  });
  it("'strict-dynamic' without a nonce or hash is an invalid policy", () => {
    expect(resultOf(score({ set: { "content-security-policy": "default-src 'self'; script-src 'strict-dynamic'" } }), "content-security-policy")).toBe("csp-header-invalid");
  });
  it("a repeated directive is invalid; no policy is -25", () => {
    expect(resultOf(score({ set: { "content-security-policy": "default-src 'self'; default-src 'none'" } }), "content-security-policy")).toBe("csp-header-invalid");
    const none = score({ set: { "content-security-policy": null } });
    expect(resultOf(none, "content-security-policy")).toBe("csp-not-implemented");
    // and without frame-ancestors, X-Frame-Options counts on its own
    expect(resultOf(none, "x-frame-options")).toBe("x-frame-options-sameorigin-or-deny");
  });
  it("default-src 'none' alone is the +10 policy", () => {
    expect(resultOf(score({ set: { "content-security-policy": "default-src 'none'; frame-ancestors 'none'" } }), "content-security-policy")).toBe("csp-implemented-with-no-unsafe-default-src-none");
  });
  it("'unsafe-eval', http: sources on an https site, and http: images score as published", () => {
    expect(resultOf(score({ set: { "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-eval'" } }), "content-security-policy")).toBe("csp-implemented-with-unsafe-eval");
    expect(resultOf(score({ set: { "content-security-policy": "default-src 'self'; connect-src http://x.example" } }), "content-security-policy")).toBe("csp-implemented-with-insecure-scheme");
    expect(resultOf(score({ set: { "content-security-policy": "default-src 'self'; img-src http://tiles.example" } }), "content-security-policy")).toBe("csp-implemented-with-insecure-scheme-in-passive-content-only");
  });
  it("two policies apply together: a source counts only when both allow it", () => {
    const s = score({ set: { "content-security-policy": "default-src 'self'; script-src 'self' 'unsafe-inline', script-src 'self'" } });
    expect(resultOf(s, "content-security-policy")).toBe("csp-implemented-with-no-unsafe");
  });
  it("HSTS: short max-age, missing, invalid", () => {
    expect(resultOf(score({ set: { "strict-transport-security": "max-age=3600" } }), "strict-transport-security")).toBe("hsts-implemented-max-age-less-than-six-months");
    expect(resultOf(score({ set: { "strict-transport-security": null } }), "strict-transport-security")).toBe("hsts-not-implemented");
    expect(resultOf(score({ set: { "strict-transport-security": "includeSubDomains" } }), "strict-transport-security")).toBe("hsts-header-invalid");
  });
  it("cookies: none, insecure session, fully flagged", () => {
    expect(resultOf(score({}), "cookies")).toBe("cookies-not-found");
    const h = ourHeaders(true, true, "text/html");
    h.append("set-cookie", "sessionid=1; Path=/");
    expect(resultOf(score({ headers: h }), "cookies")).toBe("cookies-session-without-httponly-flag");
    const g = ourHeaders(true, true, "text/html");
    g.append("set-cookie", "sessionid=1; Secure; HttpOnly; SameSite=Lax");
    expect(resultOf(score({ headers: g }), "cookies")).toBe("cookies-secure-with-httponly-sessions-and-samesite");
  });
  it("CORS: reflecting the Origin with credentials is -50", () => {
    const cors = new Headers({ "access-control-allow-origin": "https://evil.example", "access-control-allow-credentials": "true" });
    const s = score({ cors: { origin: "https://evil.example", headers: cors } });
    expect(resultOf(s, "cross-origin-resource-sharing")).toBe("cross-origin-resource-sharing-implemented-with-universal-access");
    expect(s.score).toBe(50);
  });
  it("SRI: a foreign script without integrity over https is -5, over http -50", () => {
    expect(resultOf(score({ body: '<script src="https://cdn.other.example/x.js"></script>' }), "subresource-integrity")).toBe("sri-not-implemented-but-external-scripts-loaded-securely");
    expect(resultOf(score({ body: '<script src="http://cdn.other.example/x.js"></script>' }), "subresource-integrity")).toBe("sri-not-implemented-and-external-scripts-not-loaded-securely");
    expect(resultOf(score({ body: "<p>no scripts</p>" }), "subresource-integrity")).toBe("sri-not-implemented-but-no-scripts-loaded");
  });
  it("referrer policy, nosniff, framing and CORP", () => {
    expect(resultOf(score({ set: { "referrer-policy": "unsafe-url" } }), "referrer-policy")).toBe("referrer-policy-unsafe");
    expect(resultOf(score({ set: { "x-content-type-options": null } }), "x-content-type-options")).toBe("x-content-type-options-not-implemented");
    expect(resultOf(score({ set: { "content-security-policy": "default-src 'self'", "x-frame-options": null } }), "x-frame-options")).toBe("x-frame-options-not-implemented");
    expect(resultOf(score({ set: { "cross-origin-resource-policy": "nobody" } }), "cross-origin-resource-policy")).toBe("corp-header-invalid");
  });
  it("the redirection test needs the http:// outcome; a missing redirect is -20", () => {
    expect(score({}).tests.find((t) => t.test === "redirection")).toMatchObject({ assessed: false, modifier: 0 });
    expect(score({ redirection: "redirection-missing" }).score).toBe(80);
  });
  it("grades as the chart: multiples of 5 rounded down, A+ from 100", () => {
    expect([135, 100, 99, 90, 89, 85, 84, 80, 79, 70, 65, 60, 55, 45, 40, 30, 25, 24, -5].map(gradeFor)).toEqual(["A+", "A+", "A", "A", "A-", "A-", "B+", "B+", "B", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "F"]);
    // the bonus values of the table
    expect([MODIFIERS["csp-implemented-with-no-unsafe-default-src-none"], MODIFIERS["corp-implemented-with-same-origin"], MODIFIERS["referrer-policy-private"]]).toEqual([10, 10, 5]);
  });
  it("refuses a response that is not 2xx, as the Observatory does", () => {
    expect(() => scoreHeaders({ url: "https://x.example/", status: 500, headers: new Headers() })).toThrow(/2xx/);
  });
});

import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KEYS } from "../../url-state/keys";
import { MARKER, MARKUP } from "./payloads";
import { findReflection } from "./reflection";
import { HEAVY_ROUTES, METHODS, ROUTES, describeRequest, generateBurst, generateRequests, percentEncode, type FuzzRequest, type Known } from "./requests";
import { Rng } from "./rng";
import { Histogram, quantile } from "./stats";

const KNOWN: Known = {
  placeIds: ["misrata", "abu-qurain", "tripoli"],
  articleIds: ["002", "003"],
  mentionIds: ["002:161", "003:40"],
  sources: ["Al Wasat", "Libya Observer"],
};

describe("Rng", () => {
  it("replays the same sequence from the same seed, and another from another seed", () => {
    const draw = (seed: number) => Array.from({ length: 20 }, ((r) => () => r.next())(new Rng(seed)));
    expect(draw(15)).toEqual(draw(15));
    expect(draw(15)).not.toEqual(draw(16));
  });

  it("draws integers within bounds, both ends reached, and never a choice of weight 0", () => {
    const r = new Rng(1);
    const seen = new Set(Array.from({ length: 500 }, () => r.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    for (let i = 0; i < 500; i++) expect(r.weighted([[0, "never"], [1, "always"]] as const)).toBe("always");
  });
});

describe("percentEncode", () => {
  it("never throws, even on lone surrogates, and decodes back to the string a browser would send", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const enc = percentEncode(s);
        expect(enc).toMatch(/^[A-Za-z0-9\-._~%]*$/);
        expect(decodeURIComponent(enc)).toBe(new TextDecoder().decode(new TextEncoder().encode(s)));
      }),
    );
  });
});

describe("generateRequests", () => {
  const requests = generateRequests(new Rng(42), KNOWN, 3000);

  it("covers every route with every method, and is the same for the same seed", () => {
    for (const route of ROUTES) for (const m of METHODS) expect(requests.some((q) => q.route === route && q.method === m), `${m} ${route}`).toBe(true);
    const digest = (qs: readonly FuzzRequest[]) => qs.map((q) => createHash("sha1").update(JSON.stringify([q.method, q.target, q.headers, q.chunked])).update(q.body ?? "").digest("hex"));
    expect(digest(generateRequests(new Rng(42), KNOWN, 3000))).toEqual(digest(requests));
    expect(digest(generateRequests(new Rng(43), KNOWN, 3000))).not.toEqual(digest(requests));
  });

  it("writes only request lines and header values Node's HTTP client can send", () => {
    for (const q of requests) {
      expect(q.target, describeRequest(q)).toMatch(/^\/[\x21-\x7e]*$/);
      for (const [name, value] of Object.entries(q.headers)) {
        expect(name).toMatch(/^[a-z0-9-]+$/);
        expect(value, name).toMatch(/^[\t\x20-\x7e]*$/);
      }
    }
  });

  it("sends every URL-state key, repeated keys, bad percent-encoding, traversal, huge segments and markup", () => {
    const targets = requests.map((q) => q.target);
    for (const key of Object.values(KEYS)) expect(targets.some((t) => new RegExp(`[?&;]${key}=`).test(t)), key).toBe(true);
    expect(targets.some((t) => /[?&](\w+)=[^&]*&(?:.*&)?\1=/.test(t))).toBe(true);
    expect(targets.some((t) => /\/(?:%ff|%E0%A4%A|%uD800|%C0%AF)/.test(t))).toBe(true);
    expect(targets.some((t) => t.includes("/../") || t.includes("..%2f"))).toBe(true);
    expect(targets.some((t) => t.split("?")[0]!.split("/").some((s) => s.length > 12_288))).toBe(true);
    expect(targets.some((t) => t.includes(percentEncode(`<${MARKER}`)))).toBe(true);
  });

  it("sends bodies under many content types, JSON among them, on the methods that carry one", () => {
    const types = new Set(requests.filter((q) => q.body).map((q) => q.headers["content-type"]));
    expect(types.size).toBeGreaterThan(10);
    expect(types.has("application/json")).toBe(true);
    expect(requests.some((q) => q.method === "POST" && q.route === "/api/geoparse" && q.body && q.body.length > 50_000)).toBe(true);
    expect(requests.some((q) => q.chunked)).toBe(true);
  });

  it("makes bursts of valid requests with their expected status, cheap routes mostly, heavy and hostile ones among them", () => {
    const burst = generateBurst(new Rng(7), KNOWN, 400);
    const valid = burst.filter((q) => q.expect !== undefined);
    const heavy = valid.filter((q) => HEAVY_ROUTES.has(q.route)).length;
    expect(heavy).toBeGreaterThan(10);
    expect(heavy).toBeLessThan(100);
    expect(valid.length).toBeGreaterThan(250);
    expect(valid.length).toBeLessThan(350);
    expect(burst.some((q) => q.route === "/api/geoparse" && q.body!.length >= 50_000)).toBe(true);
  });
});

describe("findReflection", () => {
  const html = "text/html; charset=utf-8";

  it("flags a payload echoed unescaped in HTML, in any case, and in any body that is not JSON", () => {
    expect(findReflection(html, `<p>unknown "<${MARKER} x=1>"</p>`, {})).toMatch(/text\/html body echoes/);
    expect(findReflection(html, `<p><${MARKER.toUpperCase()}></p>`, {})).toBeDefined();
    expect(findReflection("text/csv", `id,title\n1,<${MARKER}>`, {})).toMatch(/text\/csv/);
    expect(findReflection(undefined, `<${MARKER}>`, {})).toMatch(/untyped/);
  });

  it("does not flag what React, the refusal page or Next's flight data write for the same payload", () => {
    expect(findReflection(html, `<p>&lt;${MARKER}&gt; &quot;&gt;&lt;${MARKER}</p>`, {})).toBeUndefined();
    expect(findReflection(html, `<script>self.__next_f.push([1,"\\u003c${MARKER}\\u003e"])</script>`, {})).toBeUndefined();
    expect(findReflection(html, `<p>${MARKER} as plain text</p>`, {})).toBeUndefined();
  });

  it("allows a JSON error quoting the value as a string, and flags a marker key or a body that is not JSON", () => {
    expect(findReflection("application/json", JSON.stringify({ error: `unknown place "<${MARKER}>"` }), {})).toBeUndefined();
    expect(findReflection("application/geo+json", JSON.stringify({ features: [{ n: `<${MARKER}>` }] }), {})).toBeUndefined();
    expect(findReflection("application/json", JSON.stringify({ a: [{ [`<${MARKER}>`]: 1 }] }), {})).toMatch(/object key/);
    expect(findReflection("application/json", `{"error": "bad "<${MARKER}>""}`, {})).toMatch(/not JSON/);
    expect(findReflection("application/json", "", {})).toBeUndefined();
  });

  it("flags a decoded echo in a header, not a percent-encoded one", () => {
    expect(findReflection(html, "", { location: `/x/<${MARKER}>` })).toMatch(/header location/);
    expect(findReflection(html, "", { location: `/x/${percentEncode(MARKUP[0])}` })).toBeUndefined();
    expect(findReflection(html, "", { "set-cookie": ["a=1", `b=<${MARKER}`] })).toMatch(/set-cookie/);
  });
});

describe("Histogram and quantile", () => {
  it("prints statuses in order then labels, and totals them", () => {
    const h = new Histogram();
    for (const s of [404, 200, 400, 200, "timeout"]) h.add(s);
    expect(h.format()).toBe("200×2 400×1 404×1 timeout×1");
    expect(h.total).toBe(5);
    expect(h.count(200)).toBe(2);
  });

  it("takes the nearest rank", () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect([quantile(xs, 0.5), quantile(xs, 0.95), quantile(xs, 0.99), quantile(xs, 1)]).toEqual([50, 95, 99, 100]);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

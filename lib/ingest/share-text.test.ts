import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { decodeArticleFromUrl, encodeArticleForUrl, MAX_SHARE_FRAGMENT_CHARS } from "./share-text";

const TEXT = "اندلعت اشتباكات في ترهونة، وامتدت إلى غريان مساء أمس.";

describe("encodeArticleForUrl / decodeArticleFromUrl", () => {
  it("round-trips text and title through a URL-safe fragment", () => {
    const r = encodeArticleForUrl(TEXT, "اشتباكات");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fragment).toMatch(/^article=[A-Za-z0-9+\-$]+$/);
    expect(encodeURIComponent(r.fragment.slice("article=".length))).toBe(r.fragment.slice("article=".length));
    expect(decodeArticleFromUrl("#" + r.fragment)).toEqual({ ok: true, text: TEXT, title: "اشتباكات" });
  });
  it("round-trips any text that fits", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 300, unit: "grapheme" }).filter((s) => s.trim() !== ""), (text) => {
        const r = encodeArticleForUrl(text);
        if (r.ok) expect(decodeArticleFromUrl(r.fragment)).toEqual({ ok: true, text });
      }),
    );
  });
  it("refuses a text too long to share, saying how long and what to do", () => {
    // Random Arabic letters compress poorly, so this exceeds the limit.
    let seed = 1;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const long = Array.from({ length: 30_000 }, () => String.fromCharCode(0x0627 + Math.floor(rnd() * 26))).join("");
    const r = encodeArticleForUrl(long);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatch(/^This article is too long to share in a link: compressed it takes [\d,]+ characters, \d+% of the 16,000 allowed\./);
    expect(r.error).toContain("npm run ingest");
  });
  it("shares a typical article (about 4,000 characters of news prose)", () => {
    const prose = ("قالت مصادر محلية إن اشتباكات اندلعت في ترهونة وغريان، وإن القوات انسحبت من قاعدة الوطية الجوية. ").repeat(40);
    const r = encodeArticleForUrl(prose);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.fragment.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT_CHARS);
  });
  it("refuses empty text", () => {
    expect(encodeArticleForUrl("  \n")).toEqual({ ok: false, error: "There is no text to share." });
  });
  it("reports a missing, cut or foreign fragment as an error, never throwing", () => {
    const r = encodeArticleForUrl(TEXT);
    if (!r.ok) throw new Error(r.error);
    expect(decodeArticleFromUrl("")).toEqual({ ok: false, error: "The link carries no shared article." });
    expect(decodeArticleFromUrl("#z=7")).toEqual({ ok: false, error: "The link carries no shared article." });
    expect(decodeArticleFromUrl(r.fragment.slice(0, 20)).ok).toBe(false);
    expect(decodeArticleFromUrl("article=%%%").ok).toBe(false);
    const foreign = "article=" + LZString.compressToEncodedURIComponent(JSON.stringify({ v: 2, text: "x" }));
    expect(decodeArticleFromUrl(foreign)).toEqual({ ok: false, error: "The shared article in this link is not in a form this app reads." });
  });
});

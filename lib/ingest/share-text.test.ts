import fc from "fast-check";
import LZString from "lz-string";
import { describe, expect, it } from "vitest";
import { decodeArticleFromUrl, encodeArticleForUrl, MAX_SHARE_FRAGMENT_CHARS } from "./share-text";

const TEXT = "اندلعت اشتباكات في ترهونة، وامتدت إلى غريان مساء أمس.";
/** A fragment made by the app before dates travelled (payload v1: text and title). */
const V1_LINK =
  "article=N4IgbiBcCMA0IBcCmAPBUSHIwQYmCHowQImCCcYIFRgABJoCxgxgFGCaDCYJmYIJggUmCnGCMYIOJggEmDaCUYIBgwUj0yBRMGK4ygUjB8gSTBSgLjAOLHKTGBmMEyBCMFKBiME0A6EPAQBLBABskGSjXqMQAXyA";
const pack = (payload: unknown) => "article=" + LZString.compressToEncodedURIComponent(JSON.stringify(payload));

describe("encodeArticleForUrl / decodeArticleFromUrl", () => {
  it("round-trips text, title and date through a URL-safe fragment", () => {
    const r = encodeArticleForUrl({ text: TEXT, title: "اشتباكات", date: "2020-06-05" });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.fragment).toMatch(/^article=[A-Za-z0-9+\-$]+$/);
    // The URL parser keeps the fragment as is ("+" and "$" are literal in a fragment).
    expect(new URL(`http://127.0.0.1/?p=tarhuna#${r.fragment}`).hash).toBe(`#${r.fragment}`);
    expect(decodeArticleFromUrl("#" + r.fragment)).toEqual({
      ok: true,
      article: { text: TEXT, title: "اشتباكات", date: "2020-06-05" },
    });
  });
  it("round-trips any text that fits, with or without a real date", () => {
    const day = fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 300, unit: "grapheme" }).filter((s) => s.trim() !== ""),
        fc.option(day, { nil: undefined }),
        (text, date) => {
          const article = date === undefined ? { text } : { text, date };
          const r = encodeArticleForUrl(article);
          if (r.ok) expect(decodeArticleFromUrl(r.fragment)).toEqual({ ok: true, article });
        },
      ),
    );
  });
  it("still opens links made before dates travelled (v1), undated", () => {
    expect(decodeArticleFromUrl(V1_LINK)).toEqual({ ok: true, article: { text: TEXT, title: "اشتباكات" } });
    expect(decodeArticleFromUrl(pack({ v: 1, text: TEXT }))).toEqual({ ok: true, article: { text: TEXT } });
  });
  it("drops a date that is not a real yyyy-mm-dd day from a crafted link, keeps the article and says so", () => {
    for (const date of ["2020-02-30", "2020-6-5", "05/06/2020", "", 20200605, null, { from: "2020-06-05" }]) {
      expect(decodeArticleFromUrl(pack({ v: 2, text: TEXT, title: "خبر", date })), String(date)).toEqual({
        ok: true,
        article: { text: TEXT, title: "خبر" },
        notice: { code: "link-date-dropped" },
      });
    }
    // A v1 payload never had a date: one carrying a field v1 did not know is not a v1 link.
    expect(decodeArticleFromUrl(pack({ v: 1, text: TEXT, date: "2020-06-05" }))).toEqual({ ok: false, problem: { code: "link-unreadable" } });
  });
  it("refuses to share a date that is not a real day", () => {
    expect(encodeArticleForUrl({ text: TEXT, date: "2019-02-29" })).toEqual({ ok: false, problem: { code: "date-invalid", value: "2019-02-29" } });
  });
  it("refuses a text too long to share, saying how long", () => {
    // Random Arabic letters compress poorly, so this exceeds the limit.
    let seed = 1;
    const rnd = () => ((seed = (seed * 48271) % 2147483647) / 2147483647);
    const long = Array.from({ length: 30_000 }, () => String.fromCharCode(0x0627 + Math.floor(rnd() * 26))).join("");
    const r = encodeArticleForUrl({ text: long });
    expect(r.ok).toBe(false);
    if (r.ok || r.problem.code !== "share-too-long") throw new Error(`expected share-too-long, got ${JSON.stringify(r)}`);
    expect(r.problem.max).toBe(MAX_SHARE_FRAGMENT_CHARS);
    expect(r.problem.chars).toBeGreaterThan(MAX_SHARE_FRAGMENT_CHARS);
    expect(r.problem.percent).toBe(Math.ceil((r.problem.chars / MAX_SHARE_FRAGMENT_CHARS) * 100));
  });
  it("shares a typical article (about 4,000 characters of news prose)", () => {
    const prose = ("قالت مصادر محلية إن اشتباكات اندلعت في ترهونة وغريان، وإن القوات انسحبت من قاعدة الوطية الجوية. ").repeat(40);
    const r = encodeArticleForUrl({ text: prose, date: "2020-06-05" });
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.fragment.length).toBeLessThanOrEqual(MAX_SHARE_FRAGMENT_CHARS);
  });
  it("refuses empty text", () => {
    expect(encodeArticleForUrl({ text: "  \n" })).toEqual({ ok: false, problem: { code: "share-no-text" } });
  });
  it("reports a missing, cut or foreign fragment as a problem, never throwing", () => {
    const r = encodeArticleForUrl({ text: TEXT });
    if (!r.ok) throw new Error(r.problem.code);
    expect(decodeArticleFromUrl("")).toEqual({ ok: false, problem: { code: "link-no-article" } });
    expect(decodeArticleFromUrl("#z=7")).toEqual({ ok: false, problem: { code: "link-no-article" } });
    expect(decodeArticleFromUrl(r.fragment.slice(0, 20))).toEqual({ ok: false, problem: { code: "link-damaged" } });
    expect(decodeArticleFromUrl("article=%%%").ok).toBe(false);
    expect(decodeArticleFromUrl("article=" + "A".repeat(MAX_SHARE_FRAGMENT_CHARS + 1))).toEqual({ ok: false, problem: { code: "link-too-long" } });
    expect(decodeArticleFromUrl(pack({ v: 3, text: "x" }))).toEqual({ ok: false, problem: { code: "link-unreadable" } });
    expect(decodeArticleFromUrl(pack({ v: 2, text: "x", title: "ع".repeat(501) }))).toEqual({ ok: false, problem: { code: "link-unreadable" } });
  });
});

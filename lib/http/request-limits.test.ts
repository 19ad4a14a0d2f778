import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { REQUEST_LIMITS, checkRequest, pathDecodes } from "./request-limits";
import { MAX_ARTICLES, MAX_SOURCES } from "../url-state/params";

const check = (pathname: string, search = "", headers: Record<string, string> = {}) => checkRequest({ pathname, search, headers: new Headers(headers) });

describe("pathDecodes", () => {
  it.each(["/articles/%ff%fe", "/api/places/%E0%A4%A/mentions", "/api/articles/%uD800", "/%", "/a/%zz", "/%ED%A0%80"])("refuses %s", (p) => expect(pathDecodes(p)).toBe(false));
  it.each(["/", "/articles/003", "/api/places/misrata/mentions", "/%D8%B3%D8%B1%D8%AA", "/a%20b", "/icon.svg"])("accepts %s", (p) => expect(pathDecodes(p)).toBe(true));
  it("accepts every path made of encoded UTF-8 segments", () => {
    fc.assert(fc.property(fc.array(fc.string({ unit: "grapheme" }), { maxLength: 5 }), (segments) => pathDecodes(`/${segments.map(encodeURIComponent).join("/")}`)));
  });
});

describe("checkRequest", () => {
  it("lets an ordinary share link and API call through", () => {
    expect(check("/", "?c=32.3746,15.0906&z=9&p=misrata&m=002:161&panel=articles&a=002,004&from=2020-06&to=2020-07-31&q=misurata&lang=ar")).toBeNull();
    expect(check("/api/places/misrata/mentions", "?offset=5&limit=5", { accept: "application/json", "user-agent": "curl/8" })).toBeNull();
    // a key given a few times is the URL state's business (it ignores it), not a refusal
    expect(check("/", "?z=9&z=10")).toBeNull();
  });
  it("refuses an un-decodable path with 400", () => {
    expect(check("/articles/%ff%fe")).toEqual({ status: 400, message: "the path is not valid percent-encoded UTF-8", undecodable: true });
  });
  it("refuses a URL past its length with 414", () => {
    expect(check("/", `?q=${"a".repeat(REQUEST_LIMITS.urlLength)}`)?.status).toBe(414);
    expect(check(`/${"a".repeat(REQUEST_LIMITS.urlLength)}`)?.status).toBe(414);
  });
  it("refuses a key repeated past the limit, naming it and the count", () => {
    const search = `?${Array.from({ length: 9 }, () => "a=002").join("&")}`;
    expect(check("/api/export", search)).toEqual({ status: 400, message: 'query parameter "a" is repeated 9 times (at most 4)' });
  });
  it("refuses too many parameters, a long name, a long value", () => {
    const many = `?${Array.from({ length: REQUEST_LIMITS.queryParams + 1 }, (_, i) => `k${i}=1`).join("&")}`;
    expect(check("/", many)?.message).toBe("more than 64 query parameters");
    expect(check("/", `?${"k".repeat(65)}=1`)?.message).toBe("a query parameter name is longer than 64 characters");
    expect(check("/api/places/misrata/mentions", `?q=${"x".repeat(REQUEST_LIMITS.valueLength + 1)}`)).toEqual({ status: 400, message: 'query parameter "q" is longer than 4096 characters' });
    // the value length counts decoded characters: 1200 Arabic letters are 1200, not 7200 encoded bytes
    expect(check("/api/export", `?q=${encodeURIComponent("س".repeat(1200))}`)).toBeNull();
    // a page ignores an oversized value itself and opens the rest of the view
    expect(check("/", `?p=${"a".repeat(10_000)}`)).toBeNull();
  });
  it("never reflects a hostile key as markup in its message", () => {
    const key = encodeURIComponent('<script>alert("x")</script>');
    const message = check("/", `?${Array.from({ length: 5 }, () => `${key}=1`).join("&")}`)?.message ?? "";
    expect(message).toMatch(/repeated 5 times/);
    expect(message).not.toMatch(/[<>"]script|<|>/);
  });
  it("refuses an API filter of more articles or outlets than the URL state keeps, with a clear 400", () => {
    expect([REQUEST_LIMITS.filterArticles, REQUEST_LIMITS.filterSources]).toEqual([MAX_ARTICLES, MAX_SOURCES]);
    const ids = (n: number) => Array.from({ length: n }, (_, i) => String(i).padStart(3, "0")).join(",");
    expect(check("/api/places", `?a=${ids(200)}`)).toBeNull();
    expect(check("/api/places", `?a=${ids(201)}`)).toEqual({ status: 400, message: "at most 200 articles in a filter (a= holds 201)" });
    const outlets = (n: number) => encodeURIComponent(Array.from({ length: n }, (_, i) => `o${i}`).join("|"));
    expect(check("/api/export", `?format=csv&source=${outlets(50)}`)).toBeNull();
    expect(check("/api/export", `?format=csv&source=${outlets(51)}`)).toEqual({ status: 400, message: "at most 50 outlets in a filter (source= holds 51)" });
    // A page keeps what it can and opens (lib/url-state), as a shared link should.
    expect(check("/", `?a=${ids(300)}`)).toBeNull();
  });

  it("refuses too many or too large headers with 431", () => {
    const many = Object.fromEntries(Array.from({ length: REQUEST_LIMITS.headerCount + 1 }, (_, i) => [`x-h${i}`, "1"]));
    expect(check("/", "", many)?.status).toBe(431);
    expect(check("/", "", { cookie: "a".repeat(REQUEST_LIMITS.headerBytes) })).toEqual({ status: 431, message: "the headers are larger than 12288 bytes" });
  });
});

import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { canonicalUrl } from "./canonical-url";
import { csvDelimiter } from "./csv-delimiter";
import { dayOf } from "./day-of";
import { decodeInput } from "./decode";
import { detectFormat } from "./detect";
import { fallbackTitle, MAX_FALLBACK_TITLE_CHARS } from "./fallback-title";
import { htmlToText, nodeText } from "./html-text";
import { fieldName } from "./record-fields";
import { xmlRootName } from "./xml-root";

describe("dayOf", () => {
  it.each([
    ["2020-06-05", "2020-06-05"],
    ["2020-06-05T01:00:00+02:00", "2020-06-05"], // the day as written, not the UTC day (06-04)
    ["2020-06-05T23:30:00.000Z", "2020-06-05"],
    ["2020-06-05 10:00", "2020-06-05"],
    ["Fri, 05 Jun 2020 01:00:00 +0200", "2020-06-05"],
    ["5 June 2020", "2020-06-05"],
    ["Wed, 03 Mar 2021 18:00:00 GMT", "2021-03-03"],
    ["٢٠٢٠-٠٦-٠٥", "2020-06-05"],
  ])("reads %j as %s", (value, day) => expect(dayOf(value)).toBe(day));
  it.each(["2019-02-29", "2020-06-05T25:61", "Fri, 05 Jun 2020 24:10:00 GMT", "27/08/2022", "Fri, 31 Feb 2020", "yesterday", "", "2020-06"])("refuses %j", (value) =>
    expect(dayOf(value)).toBeNull(),
  );
});

describe("canonicalUrl", () => {
  it("drops the fragment and tracking parameters, keeps the others, resolves relative links", () => {
    expect(canonicalUrl("https://Example.ORG:443/a?id=7&utm_source=rss&fbclid=x#c")).toBe("https://example.org/a?id=7");
    expect(canonicalUrl("/ar/9?utm_medium=x", "https://e.example/ar/")).toBe("https://e.example/ar/9");
  });
  it("refuses what is not an http(s) URL, or carries credentials", () => {
    for (const bad of ["javascript:alert(1)", "ftp://e.example/a", "/relative", "https://user:pw@e.example/"]) expect(canonicalUrl(bad)).toBeNull();
  });
});

describe("nodeText / htmlToText", () => {
  it("keeps paragraphs apart (Readability's textContent runs a heading into its paragraph)", () => {
    expect(htmlToText("<h2>اشتباكات في ترهونة</h2><p>اندلعت اشتباكات</p>")).toBe("اشتباكات في ترهونة\n\nاندلعت اشتباكات");
  });
  it("turns <br> into a line break, collapses spaces, decodes entities, drops scripts and styles", () => {
    expect(htmlToText("<p>  في   <b>سرت</b><br>وفي&nbsp;سبها &amp; غات<script>x()</script><style>p{}</style></p>")).toBe("في سرت\nوفي سبها & غات");
  });
  it("separates table cells and leaves plain text as it is", () => {
    expect(htmlToText("<table><tr><td>سرت</td><td>سبها</td></tr></table>")).toBe("سرت سبها");
    expect(htmlToText("نص عادي بلا وسوم")).toBe("نص عادي بلا وسوم");
    expect(nodeText(parseHTML("<div><p>أ</p><div><p>ب</p></div></div>").document as unknown as Node)).toBe("أ\n\nب");
  });
});

describe("decodeInput", () => {
  it("drops a UTF-8 BOM, decodes UTF-16 by its BOM and a declared charset", () => {
    expect(decodeInput(Buffer.from("\uFEFFليبيا"))).toEqual({ ok: true, text: "ليبيا", encoding: "utf-8" });
    expect(decodeInput(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("سرت", "utf16le")]))).toEqual({ ok: true, text: "سرت", encoding: "utf-16le" });
    expect(decodeInput(new Uint8Array([0xd3, 0xd1, 0xca]), { declared: "windows-1256" })).toEqual({ ok: true, text: "سرت", encoding: "windows-1256" });
  });
  it("finds the XML declaration's encoding when asked to sniff", () => {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1256"?><t>'), Buffer.from([0xd3, 0xd1, 0xca]), Buffer.from("</t>")]);
    expect(decodeInput(xml, { sniff: true })).toMatchObject({ ok: true, text: '<?xml version="1.0" encoding="windows-1256"?><t>سرت</t>' });
  });
  it("refuses binary bytes, bad UTF-8 and unknown encodings with their reason", () => {
    expect(decodeInput(new Uint8Array([0x3c, 0x00]))).toEqual({ ok: false, reason: "looks like a binary file: NUL byte at byte offset 1" });
    expect(decodeInput(new Uint8Array([0x61, 0xc3, 0x28]))).toEqual({ ok: false, reason: "not valid UTF-8: invalid byte sequence at byte offset 1 (byte 0xc3)" });
    expect(decodeInput(Buffer.from("<meta charset=klingon>"), { sniff: true })).toEqual({ ok: false, reason: 'unknown character encoding "klingon"' });
  });
});

describe("xmlRootName / detectFormat", () => {
  it("finds the root past the prolog, comments and a doctype", () => {
    expect(xmlRootName('\uFEFF<?xml version="1.0"?>\n<!-- c --><?xml-stylesheet href="s"?><rss version="2.0">')).toBe("rss");
    expect(xmlRootName("<!DOCTYPE html>\n<html>")).toBe("!doctype html");
    expect(xmlRootName('<!DOCTYPE feed SYSTEM "x"><feed>')).toBe("feed");
    expect(xmlRootName("ليبيا <b>")).toBeUndefined();
  });
  it("lets unmistakable content win over the name", () => {
    expect(detectFormat("export.txt", '<?xml version="1.0"?><rss version="2.0">')).toBe("feed");
    expect(detectFormat("page.xml", "<!doctype html><html>")).toBe("html");
    expect(detectFormat("https://e.example/feed", '<feed xmlns="http://www.w3.org/2005/Atom">')).toBe("feed");
    expect(detectFormat("https://e.example/news/12?x=a.csv", "<html>")).toBe("html");
  });
  it("goes by the extension otherwise, then by the first character", () => {
    expect(detectFormat("a/B.CSV", "title,text")).toBe("csv");
    expect(detectFormat("a.tsv", "title\ttext")).toBe("csv");
    expect(detectFormat("a.ndjson", "")).toBe("jsonl");
    expect(detectFormat("a.htm", "<div>")).toBe("html");
    expect(detectFormat("a.txt", "<div>")).toBe("text");
    expect(detectFormat("dump", '{"text": "x"}')).toBe("jsonl");
    expect(detectFormat("dump", '[{"text": "x"}]')).toBe("json");
    expect(detectFormat("export.JSON", '{"text": "x"}')).toBe("json");
    expect(detectFormat("notes", "<p>نص</p>")).toBe("html");
    expect(detectFormat("notes", "اشتباكات في ترهونة")).toBe("text");
  });
});

describe("fieldName / fallbackTitle", () => {
  it("compares column names without case, spaces, hyphens or a BOM", () => {
    expect(["Published At", "\uFEFFpublished-at", " PUBLISHED_AT ", "published.at"].map(fieldName)).toEqual(Array(4).fill("published_at"));
  });
  it("cuts a first line that is a whole paragraph at a space", () => {
    const long = "اشتباكات ".repeat(40).trim();
    const title = fallbackTitle(long + "\nنص");
    expect(title.length).toBeLessThanOrEqual(MAX_FALLBACK_TITLE_CHARS + 1);
    expect(title).toMatch(/^(اشتباكات )+اشتباكات…$/);
    expect(fallbackTitle("الرئيسية » الدولي » خبر قصير\n\nنص")).toBe("خبر قصير");
  });
});

describe("csvDelimiter", () => {
  it("takes the separator the header uses most outside quotes", () => {
    expect(csvDelimiter("title,text,date\na;b;c;d;e")).toBe(",");
    expect(csvDelimiter('\uFEFF"a,b";text;date')).toBe(";");
    expect(csvDelimiter("title\ttext\n")).toBe("\t");
    expect(csvDelimiter("text\nنص، آخر")).toBe(",");
  });
});

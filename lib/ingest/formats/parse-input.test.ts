import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MAX_INPUT_BYTES } from "./limits";
import { parseInput } from "./parse-input";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));

describe("parseInput", () => {
  it("detects each fixture's format by content or name and parses it", async () => {
    const formats = await Promise.all(
      ["sahel-coastal-road.html", "sahel-rss.xml", "libya-today-atom.xml", "sahel-export.csv", "libya-today-export.jsonl"].map(async (name) => {
        const r = await parseInput(fixture(name), { name, origin: name });
        return [r.format, r.articles.length, r.errors.length];
      }),
    );
    expect(formats).toEqual([["html", 1, 0], ["feed", 2, 1], ["feed", 2, 1], ["csv", 3, 1], ["jsonl", 3, 1]]);
  });

  it("reads a feed saved under a wrong name as a feed", async () => {
    const r = await parseInput(fixture("sahel-rss.xml"), { name: "downloads/feed.txt", origin: "downloads/feed.txt" });
    expect(r.format).toBe("feed");
    expect(r.articles[0]?.origin).toBe("downloads/feed.txt#item 1");
  });

  it("reads a plain text file as one article, with the seeds' checks", async () => {
    const text = "اشتباكات قرب غريان\n\nاندلعت اشتباكات عنيفة قرب غريان صباح اليوم.";
    expect(await parseInput(Buffer.from(text), { name: "a.txt", origin: "a.txt" })).toEqual({
      format: "text",
      articles: [{ title: "اشتباكات قرب غريان", text, published: null, origin: "a.txt" }],
      errors: [],
    });
    expect((await parseInput(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0]), { name: "x.png", origin: "x.png" })).errors).toEqual([
      { item: "", message: "looks like a binary file: NUL byte at byte offset 4" },
    ]);
  });

  it("refuses an input over its format's limit before parsing it", async () => {
    const big = new Uint8Array(MAX_INPUT_BYTES.html + 1).fill(0x20);
    expect(await parseInput(big, { name: "big.html", origin: "big.html" })).toEqual({
      format: "html",
      articles: [],
      errors: [{ item: "", message: "too large: 16,777,217 bytes (at most 16,777,216 bytes for a web page)" }],
    });
  });

  it("takes the format and charset an HTTP response gives, and the URL as the page's base", async () => {
    const page = '<html><head><link rel="canonical" href="/a/5"></head><body><article><p>' + "اندلعت اشتباكات عنيفة قرب غريان صباح اليوم. ".repeat(12) + "</p></article></body></html>";
    const bytes = new Uint8Array(new TextEncoder().encode(page));
    const r = await parseInput(bytes, { name: "https://e.example/x", origin: "https://e.example/x", format: "html", charset: "utf-8", pageUrl: "https://e.example/x" });
    expect(r.articles[0]?.url).toBe("https://e.example/a/5");
  });
});

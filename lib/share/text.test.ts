import { describe, expect, it } from "vitest";
import { escapeXml } from "./escape-xml";
import { cleanText } from "./clean-text";
import { wrapLines } from "./wrap-lines";

describe("escapeXml", () => {
  it("escapes markup, ampersands and quotes", () => {
    expect(escapeXml(`<script>alert("x" & 'y')</script>`)).toBe(
      "&lt;script&gt;alert(&quot;x&quot; &amp; &#39;y&#39;)&lt;/script&gt;",
    );
  });
  it("drops characters XML cannot hold and keeps Arabic and emoji", () => {
    expect(escapeXml("a\u0000b\u001Fc\uFFFE\uD800d مصراتة 🙂")).toBe("abcd مصراتة 🙂");
  });
});

describe("cleanText", () => {
  it("collapses whitespace and trims", () => {
    expect(cleanText("  قال   المتحدث\n\t إن  ", 100)).toBe("قال المتحدث إن");
  });
  it("cuts at a word with an ellipsis, within the limit", () => {
    expect(cleanText("one two three", 9)).toBe("one two…");
    const cut = cleanText("word ".repeat(100), 50);
    expect(cut.length).toBeLessThanOrEqual(50);
    expect(cut.endsWith("…")).toBe(true);
  });
});

describe("wrapLines", () => {
  it("breaks at spaces within the width", () => {
    expect(wrapLines("a bb ccc dddd", 6, 5)).toEqual(["a bb", "ccc", "dddd"]);
  });
  it("ends the last line with … when text is left over", () => {
    expect(wrapLines("a bb ccc dddd", 6, 2)).toEqual(["a bb", "ccc…"]);
    const lines = wrapLines("كلمة ".repeat(200), 34, 5);
    expect(lines).toHaveLength(5);
    expect(lines.every((l) => l.length <= 34)).toBe(true);
    expect(lines[4]!.endsWith("…")).toBe(true);
  });
  it("cuts a word longer than a line", () => {
    expect(wrapLines("x".repeat(20), 8, 2)).toEqual(["xxxxxxx…"]);
  });
  it("gives nothing for blank text", () => {
    expect(wrapLines("  \n ", 10, 3)).toEqual([]);
  });
});

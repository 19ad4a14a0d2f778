import { describe, expect, it } from "vitest";
import { segmentArticle } from "./segments";
import type { Mention } from "./types";

function mention(text: string, surface: string, from = 0): Mention {
  const start = text.indexOf(surface, from);
  return { id: `a:${start}`, articleId: "a", start, end: start + surface.length, surface, placeId: "p", sentence: { start: 0, end: 1 } };
}

describe("segmentArticle", () => {
  it("splits paragraphs at line breaks and marks mentions at their offsets", () => {
    const text = "عنوان عن سرت\n\nقصف في سرت ثم مصراتة.\r\nنهاية";
    const ms = [mention(text, "سرت"), mention(text, "سرت", 5 + 9), mention(text, "مصراتة")];
    const paras = segmentArticle(text, ms);
    expect(paras).toHaveLength(3);
    expect(paras.map((p) => p.map((s) => (s.kind === "mention" ? `[${s.text}]` : s.text)).join(""))).toEqual([
      "عنوان عن [سرت]",
      "قصف في [سرت] ثم [مصراتة].",
      "نهاية",
    ]);
    const marked = paras.flat().filter((s) => s.kind === "mention");
    expect(marked.map((s) => s.kind === "mention" && s.mention.start)).toEqual(ms.map((m) => m.start));
  });

  it("keeps every character of the text outside blank lines", () => {
    const text = "أ ب ج\nد هـ و";
    const joined = segmentArticle(text, [mention(text, "ب")]).map((p) => p.map((s) => s.text).join("")).join("\n");
    expect(joined).toBe(text);
  });

  it("ignores overlapping and out-of-range mentions", () => {
    const text = "عين زارة وطرابلس";
    const whole = mention(text, "عين زارة");
    const inner = mention(text, "زارة");
    const outside: Mention = { ...whole, id: "a:99", start: 99, end: 103 };
    const paras = segmentArticle(text, [inner, whole, outside]);
    expect(paras[0]!.filter((s) => s.kind === "mention").map((s) => s.text)).toEqual(["عين زارة"]);
    expect(paras[0]!.map((s) => s.text).join("")).toBe(text);
  });
});

import { describe, expect, it } from "vitest";
import { quoteSegments } from "./quote-marks";

const marked = (segs: ReturnType<typeof quoteSegments>) => segs.filter((s) => s.mark).map((s) => [s.mark, s.text]);

describe("quoteSegments", () => {
  const text = "قصف بطائرات مسيرة على سرت";
  const sirte = { start: text.indexOf("سرت"), end: text.indexOf("سرت") + 3 };

  it("marks the place at its offsets and the words the topic matches, proclitics and all", () => {
    const segs = quoteSegments(text, sirte, "مسيرة طائرات");
    expect(marked(segs)).toEqual([
      ["topic", "بطائرات"],
      ["topic", "مسيرة"],
      ["place", "سرت"],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });

  it("marks the place alone without a topic, or when the topic matches nothing", () => {
    expect(quoteSegments(text, sirte)).toEqual([{ text: "قصف بطائرات مسيرة على " }, { text: "سرت", mark: "place" }]);
    expect(marked(quoteSegments(text, sirte, "نفط"))).toEqual([["place", "سرت"]]);
  });

  it("keeps the name whole when a topic word covers it", () => {
    const segs = quoteSegments(text, sirte, "سرت");
    expect(marked(segs)).toEqual([["place", "سرت"]]);
    expect(segs.map((s) => s.text).join("")).toBe(text);
  });

  it("marks a topic word that holds the name only outside the name", () => {
    const t = "وصلوا إلى وبسرت أمس";
    const name = { start: t.indexOf("سرت"), end: t.indexOf("سرت") + 3 };
    const segs = quoteSegments(t, name, "وبسرت");
    expect(marked(segs)).toEqual([
      ["topic", "وب"],
      ["place", "سرت"],
    ]);
    expect(segs.map((s) => s.text).join("")).toBe(t);
  });
});

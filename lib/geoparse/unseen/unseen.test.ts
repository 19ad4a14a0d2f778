import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../gazetteer/load";
import { geoparse } from "../geoparse";
import { score, type GoldMention } from "./score";

// Paragraphs written for this test (not the seeds), annotated by hand before the geoparser ran
// on them, and run through the real gazetteer: the geoparser is judged on text it has not seen.
const dir = join(import.meta.dirname, ".");
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as {
  articles: Record<string, GoldMention[]>;
};
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
const g = loadGazetteer();

describe("geoparse on unseen paragraphs (real gazetteer)", () => {
  it("has gold for every paragraph and a paragraph for every gold", () => {
    expect(Object.keys(expected.articles).sort()).toEqual(files);
  });

  it.each(files)("%s: exactly the annotated places", (file) => {
    const text = readFileSync(join(dir, file), "utf8");
    const mentions = geoparse(text, g);
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
    const s = score(mentions, expected.articles[file]!);
    expect({ missed: s.missed, extra: s.extra }).toEqual({ missed: [], extra: [] });
    expect(s.precision).toBe(1);
    expect(s.recall).toBe(1);
  });
});

describe("geoparse on unseen paragraphs: totals", () => {
  it("scores P, R and F1 of 1 over all paragraphs (prints them, with every miss and false hit)", () => {
    let tp = 0;
    let predicted = 0;
    let gold = 0;
    const lines: string[] = [];
    for (const file of files) {
      const mentions = geoparse(readFileSync(join(dir, file), "utf8"), g);
      const s = score(mentions, expected.articles[file] ?? []);
      tp += s.truePositives;
      predicted += mentions.length;
      gold += (expected.articles[file] ?? []).length;
      for (const [surface, id] of s.missed) lines.push(`${file}: missed ${surface} → ${id}`);
      for (const e of s.extra) lines.push(`${file}: extra ${e.surface} → ${e.placeId}`);
    }
    const p = tp / predicted;
    const r = tp / gold;
    const f1 = (2 * p * r) / (p + r);
    console.info([...lines, `unseen: P ${p.toFixed(3)} (${tp}/${predicted}) R ${r.toFixed(3)} (${tp}/${gold}) F1 ${f1.toFixed(3)}`].join("\n"));
    expect(f1).toBe(1);
  });
});

describe("score", () => {
  const m = (surface: string, placeId: string) => ({ start: 0, end: surface.length, surface, placeId });
  it("pairs a facility span with the name inside it and counts the rest", () => {
    const s = score([m("موانئ السدرة", "es-sider-terminal"), m("سرت", "sirte"), m("تونس", "tunis")], [
      ["السدرة", "es-sider-terminal"],
      ["تونس", "tunisia"],
    ]);
    expect(s.truePositives).toBe(1);
    expect(s.missed).toEqual([["تونس", "tunisia"]]);
    expect(s.extra.map((e) => e.placeId)).toEqual(["sirte", "tunis"]);
    expect(s.precision).toBeCloseTo(1 / 3);
    expect(s.recall).toBe(0.5);
  });
});

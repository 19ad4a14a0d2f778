import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { labelMentions } from "..";
import type { EventRole } from "../types";
import { scoreRoles, type Pair } from "./score";

// The mentions are those the geoparser found when the paragraphs were written (spans, place ids
// and kinds stored in expected.json), so this test measures lib/events alone: a later change of
// the geoparser or the gazetteer does not move its figures.
type Expected = { start: number; end: number; surface: string; placeId: string; placeKind: string; role: EventRole; kind?: string };
type LeftOut = { file: string; surface: string; nth: number; got: string; why: string };
const expected = JSON.parse(readFileSync(new URL("./expected.json", import.meta.url), "utf8")) as {
  paragraphs: Record<string, Expected[]>;
  leftOut: LeftOut[];
};
const label = (x: { role: string; kind?: string }) => (x.role === "combat" && x.kind ? `combat/${x.kind}` : x.role);

describe("held-out paragraphs (labels set before the labeller ran on them)", () => {
  const pairs: Pair[] = [];
  const misses: string[] = [];
  for (const [file, want] of Object.entries(expected.paragraphs)) {
    const text = readFileSync(new URL(`./${file}`, import.meta.url), "utf8");
    it(`${file}: each mention gets its expected role and kind (known misses in leftOut), with a cue inside its text`, () => {
      for (const w of want) expect(text.slice(w.start, w.end)).toBe(w.surface);
      const events = labelMentions(text, want.map((w) => ({ start: w.start, end: w.end, placeId: w.placeId, kind: w.placeKind })));
      expect(events).toHaveLength(want.length);
      const seen = new Map<string, number>();
      want.forEach((w, i) => {
        const nth = seen.get(w.surface) ?? 0;
        seen.set(w.surface, nth + 1);
        const got = events[i]!;
        pairs.push({ expected: w, got });
        const known = expected.leftOut.find((l) => l.file === file && l.surface === w.surface && l.nth === nth);
        if (known) {
          // A known miss stays listed only while it is still missed, with what it gets.
          expect(label(got)).toBe(known.got);
          misses.push(`${file} ${w.surface}#${nth}: expected ${label(w)}, got ${label(got)} (${known.why})`);
        } else {
          expect({ surface: w.surface, nth, label: label(got) }).toEqual({ surface: w.surface, nth, label: label(w) });
        }
        if (got.role === "reference") expect(got.cue).toBeUndefined();
        else {
          const [a, b] = got.cue!;
          expect(0 <= a && a < b && b <= text.length).toBe(true);
        }
      });
    });
  }
  it("prints role accuracy and macro-F1 over every paragraph", () => {
    const s = scoreRoles(pairs);
    const per = Object.entries(s.perRole).map(([r, v]) => `${r} F1 ${v.f1.toFixed(3)}`).join(", ");
    console.log(`unseen: ${pairs.length} mentions, role accuracy ${s.accuracy.toFixed(3)}, macro-F1 ${s.macroF1.toFixed(3)} (${per}); combat kind accuracy ${s.kindAccuracy.toFixed(3)}`);
    misses.forEach((m) => console.log(`  left out: ${m}`));
    expect(pairs.length).toBe(Object.values(expected.paragraphs).flat().length);
    expect(s.accuracy).toBeGreaterThanOrEqual(0.95);
  });
});

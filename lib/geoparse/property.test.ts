import { readFileSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { geoparse } from "./geoparse";
import { loadGazetteer } from "../gazetteer/load";

const g = loadGazetteer();
const seedsDir = fileURLToPath(new URL("../../seeds/", import.meta.url));
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith(".txt"))
  .map((f) => readFileSync(seedsDir + f, "utf8"));

/** Arabic letters, marks, tatweel, zero-width and bidi controls, digits, spaces, punctuation. */
const arabicChar = fc.oneof(
  fc.integer({ min: 0x0600, max: 0x06ff }).map((c) => String.fromCharCode(c)),
  fc.constantFrom(" ", " ", "\n", "،", ".", "«", "»", "\u200C", "\u200F", "\u202B", "\u0640", "\uFEFF", "ی", "ک"),
);
const arabicText = fc.array(arabicChar, { maxLength: 300 }).map((cs) => cs.join(""));
/** Names from the gazetteer glued with proclitics and noise: exercises the look-up paths. */
const nameSoup = fc
  .array(
    fc.tuple(
      fc.constantFrom("", "و", "ب", "ل", "وب", "لل", "ال", "فل"),
      fc.constantFrom(...g.places.slice(0, 200).map((p) => p.nameAr)),
      fc.constantFrom(" ", "، ", "\n", "", "\u200C", "َ "),
    ),
    { maxLength: 30 },
  )
  .map((parts) => parts.map(([a, b, c]) => a + b + c).join(""));
const seedCut = fc
  .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat())
  .map(([t, a, b]) => t.slice(Math.min(a, b) % (t.length + 1), Math.max(a, b) % (t.length + 1)));

function wellFormed(text: string): void {
  const ms = geoparse(text, g);
  let last = -1;
  for (const m of ms) {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(g.byId.has(m.placeId)).toBe(true);
    last = m.end;
  }
}

// Hundreds of runs each: generous time limits so a busy machine does not fail them.
describe("geoparse properties", { timeout: 30_000 }, () => {
  it("never throws on random strings; every span matches its surface", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 300 }), wellFormed), { numRuns: 300 });
  });
  it("holds on random Arabic", () => {
    fc.assert(fc.property(arabicText, wellFormed), { numRuns: 300 });
  });
  it("holds on gazetteer names glued with proclitics and noise", () => {
    fc.assert(fc.property(nameSoup, wellFormed), { numRuns: 300 });
  });
  it("holds on the seeds cut at random points", () => {
    fc.assert(fc.property(seedCut, wellFormed), { numRuns: 200 });
  });
});

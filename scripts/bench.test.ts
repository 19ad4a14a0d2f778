import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { benchModules } from "./bench";
import { buildCorpus, prng, syntheticPlaces } from "./bench/geoparse";
import { buildGazetteer } from "../lib/gazetteer/build";
import { geoparse } from "../lib/geoparse/geoparse";

describe("bench runner", () => {
  it("picks up every benchmark module in the folder, sorted, and no tests", () => {
    const dir = mkdtempSync(join(tmpdir(), "bench-"));
    for (const f of ["geoparse.ts", "corpus.ts", "corpus.test.ts", "notes.md"]) writeFileSync(join(dir, f), "");
    expect(benchModules(dir)).toEqual(["corpus.ts", "geoparse.ts"]);
    expect(benchModules(dir, ["geoparse"])).toEqual(["geoparse.ts"]);
  });
});

describe("geoparse bench inputs", () => {
  it("builds a corpus of at least the requested size, the same every run", () => {
    const a = buildCorpus(["فقرة أولى عن طرابلس", "فقرة ثانية عن سرت"], 5000, prng(1));
    const bytes = a.reduce((s, t) => s + Buffer.byteLength(t, "utf8"), 0);
    expect(bytes).toBeGreaterThanOrEqual(5000);
    expect(buildCorpus(["فقرة أولى عن طرابلس", "فقرة ثانية عن سرت"], 5000, prng(1))).toEqual(a);
  });
  it("makes valid synthetic places whose names add no mentions to ordinary text", () => {
    const places = syntheticPlaces(2000);
    const g = buildGazetteer([{ file: "synthetic.json", data: { about: "synthetic places", places } }]);
    expect(g.places).toHaveLength(2000);
    expect(geoparse("قصفت القوات مواقع في عين المدينة وحي الأندلس ومطار العاصمة قرب وادي النهر", g)).toEqual([]);
  });
});

import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { GAZETTEER_FILES } from "./files";
import { loadGazetteer } from "./load";

describe("gazetteer files", () => {
  it("lists every JSON file of data/gazetteer", () => {
    const dir = fileURLToPath(new URL("../../data/gazetteer/", import.meta.url));
    const onDisk = readdirSync(dir).filter((f) => f.endsWith(".json")).sort();
    expect(GAZETTEER_FILES.map((f) => f.file).sort()).toEqual(onDisk);
  });
  it("loads the real data without validation errors, once", () => {
    const g = loadGazetteer();
    expect(g.places.length).toBeGreaterThan(0);
    expect(loadGazetteer()).toBe(g);
  });
});

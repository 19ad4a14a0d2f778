import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSeeds } from "../lib/corpus/read-seeds";

const root = fileURLToPath(new URL("..", import.meta.url));
const tsx = fileURLToPath(new URL("../node_modules/.bin/tsx", import.meta.url));
const run = (args: string[], input?: string) =>
  spawnSync(tsx, ["scripts/geoparse.ts", ...args], { cwd: root, encoding: "utf8", input, timeout: 60_000 });

describe("geoparse CLI", () => {
  it("prints one JSON line per readable file, reports the unreadable one by name and exits 1", () => {
    const r = run(["seeds/no-such-article.txt", "seeds/003_dfbf6940fa5a6b70.txt"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("seeds/no-such-article.txt");
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.file).toBe("seeds/003_dfbf6940fa5a6b70.txt");
    const sirte = out.mentions.find((m: { surface: string }) => m.surface === "سرت");
    expect(sirte).toMatchObject({ placeId: "sirte", nameEn: "Sirte", country: "LY", kind: "city" });
    expect(typeof sirte.lat).toBe("number");
    expect(typeof sirte.lon).toBe("number");
  }, 60_000);

  it("reads stdin when given no file, as file \"-\", and exits 0", () => {
    const r = run([], "قصف على مصراتة وسرت");
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.trim());
    expect(out.file).toBe("-");
    expect(out.mentions.map((m: { start: number; end: number }) => [m.start, m.end])).toEqual([
      [8, 14],
      [16, 19],
    ]);
  }, 60_000);

  it("gives each mention its event: role, combat kind and cue span; a reference carries neither kind nor cue", () => {
    const text = "قصفت قوات حفتر مطار معيتيقة في طرابلس.\nوصلت تعزيزات عسكرية إلى مصراتة.\nعقد مؤتمر صحفي في بنغازي.\nعاد الوفد من عين زارة جنوب طرابلس.";
    const r = run([], text);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout.trim());
    const bySurface = (s: string, nth = 0) => out.mentions.filter((m: { surface: string }) => m.surface === s)[nth];
    expect(bySurface("مطار معيتيقة").event).toEqual({ role: "combat", kind: "strike", cue: [0, 4] });
    expect(bySurface("طرابلس").event).toEqual({ role: "combat", kind: "strike", cue: [0, 4] });
    const arrived = text.indexOf("وصلت");
    expect(bySurface("مصراتة").event).toEqual({ role: "military", cue: [arrived, arrived + "وصلت".length] });
    // The verb and its object are one cue: "عقد مؤتمر صحفي".
    const press = text.indexOf("عقد مؤتمر صحفي");
    expect(bySurface("بنغازي").event).toEqual({ role: "civil", cue: [press, press + "عقد مؤتمر صحفي".length] });
    // The second Tripoli only locates Ain Zara: no kind, no cue.
    expect(bySurface("طرابلس", 1).event).toEqual({ role: "reference" });
  }, 60_000);

  it("decodes as readSeeds does: a BOM is dropped (same offsets), a non-UTF-8 file is named on stderr and skipped, exit 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "geoparse-cli-"));
    try {
      const text = "قصف على مصراتة وسرت";
      writeFileSync(join(dir, "001_bom.txt"), "\uFEFF" + text);
      writeFileSync(join(dir, "002_latin1.txt"), Buffer.from([0xd8, 0xb3, 0xff, 0xfe, 0x20]));
      writeFileSync(join(dir, "003_plain.txt"), text);
      const files = ["001_bom.txt", "002_latin1.txt", "003_plain.txt"].map((f) => join(dir, f));
      const r = run(files);
      expect(r.status).toBe(1);
      expect(r.stderr).toBe(`geoparse: ${files[1]} is not valid UTF-8 text\n`);
      const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
      expect(lines.map((l) => l.file)).toEqual([files[0], files[2]]);
      const spans = (l: { mentions: { start: number; end: number }[] }) => l.mentions.map((m) => [m.start, m.end]);
      expect(spans(lines[0])).toEqual([[8, 14], [16, 19]]);
      expect(spans(lines[0])).toEqual(spans(lines[1]));
      const seeds = readSeeds(dir);
      expect(seeds.articles.find((a) => a.id === "001")!.text).toBe(text);
      expect(seeds.errors).toEqual([{ file: "002_latin1.txt", message: "not valid UTF-8 text" }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

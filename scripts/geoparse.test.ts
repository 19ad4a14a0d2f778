import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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
});

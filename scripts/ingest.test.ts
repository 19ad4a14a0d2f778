import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");
const GOOD = "اندلعت اشتباكات عنيفة اليوم في مدينة ترهونة جنوب شرق العاصمة، وامتدت إلى غريان، وفق مصادر محلية.\n";

let dir: string;
let seeds: string;

function ingest(...args: string[]) {
  const r = spawnSync(TSX, [path.join(ROOT, "scripts/ingest.ts"), ...args, "--seeds", seeds], {
    cwd: dir,
    encoding: "utf8",
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Every file in the seeds folder with the hash of its bytes: what "nothing changed" is checked against. */
function snapshot(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(seeds).sort()) {
    out[name] = createHash("sha256").update(readFileSync(path.join(seeds, name))).digest("hex");
  }
  return out;
}

function file(name: string, content: string | Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, content);
  return p;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "ingest-"));
  seeds = path.join(dir, "seeds");
  cpSync(path.join(ROOT, "seeds"), seeds, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("npm run ingest", () => {
  it("adds a good article as the next number with its metadata, leaving the other files alone", () => {
    const before = snapshot();
    const r = ingest(file("good.txt", GOOD), "--title", "اشتباكات في ترهونة", "--published-from", "2024-03-01",
      "--published-to", "2024-03-02", "--source", "Libya Observer", "--url", "https://example.org/a");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    const after = snapshot();
    const added = Object.keys(after).filter((n) => !(n in before));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^005_[0-9a-f]{16}\.txt$/);
    expect(r.stdout).toContain(`added ${path.join(dir, "good.txt")} as ${path.join(seeds, added[0]!)}`);
    expect(readFileSync(path.join(seeds, added[0]!), "utf8")).toBe(GOOD);
    for (const [name, hash] of Object.entries(before)) if (name !== "articles.json") expect(after[name]).toBe(hash);
    const meta = JSON.parse(readFileSync(path.join(seeds, "articles.json"), "utf8"));
    const original = JSON.parse(readFileSync(path.join(ROOT, "seeds/articles.json"), "utf8"));
    expect(meta.note).toBe(original.note);
    expect(meta.articles.slice(0, -1)).toEqual(original.articles);
    expect(meta.articles.at(-1)).toEqual({
      file: added[0],
      published: { from: "2024-03-01", to: "2024-03-02" },
      title: "اشتباكات في ترهونة",
      source: "Libya Observer",
      url: "https://example.org/a",
    });
  });

  const rejects: [string, () => string, RegExp][] = [
    ["an empty file", () => file("empty.txt", ""), /: empty file$/m],
    ["a binary file", () => file("image.png", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d])),
      /: looks like a binary file: NUL byte at byte offset 8$/m],
    // "مصر" in UTF-8 is 6 bytes, then one stray continuation byte at offset 7 (after a space).
    ["invalid UTF-8", () => file("latin1.txt", Buffer.concat([Buffer.from("مصر ", "utf8"), Buffer.from([0xe9]), Buffer.from(" ليبيا")])),
      /: not valid UTF-8: invalid byte sequence at byte offset 7 \(byte 0xe9\)$/m],
    ["a 2 MB file", () => file("big.txt", "ليبيا ".repeat(200_000)),
      /: too large: 2,200,000 bytes \(at most 1,048,576 bytes, 1 MiB\)$/m],
    ["a duplicate of a seed (with different whitespace and diacritics)", () => {
      const seed = readFileSync(path.join(seeds, "003_dfbf6940fa5a6b70.txt"), "utf8");
      return file("copy.txt", "  " + seed.replace(/ /g, "  ").replace("ليبيا", "لِيبْيا") + "\r\n");
    }, /: duplicate of 003_dfbf6940fa5a6b70\.txt \(same text once normalised\)$/m],
    ["an English-only file", () => file("english.txt", "Clashes broke out in Tarhuna today, local sources said.\n"),
      /: not Arabic text: 0% of its 45 letters are Arabic \(at least 50% needed\)$/m],
    ["a missing file", () => path.join(dir, "nope.txt"), /: cannot read it \(ENOENT\)$/m],
  ];
  for (const [what, make, message] of rejects) {
    it(`rejects ${what} by name, writes nothing, exits 1`, () => {
      const p = make();
      const before = snapshot();
      const r = ingest(p);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(new RegExp(`^rejected ${p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"));
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toContain("0 added, 1 rejected");
      expect(snapshot()).toEqual(before);
    });
  }

  it("names an unreadable or non-UTF-8 seed on stderr, without a stack trace, and still adds the new article", () => {
    mkdirSync(path.join(seeds, "007_folder.txt")); // reading it fails with EISDIR
    writeFileSync(path.join(seeds, "008_latin1.txt"), Buffer.from([0xd8, 0xb3, 0xff, 0xfe]));
    const r = ingest(file("good.txt", GOOD));
    expect(r.stderr).toBe(
      `ingest: cannot read ${path.join(seeds, "007_folder.txt")} (EISDIR); copies of it are not caught\n` +
        `ingest: ${path.join(seeds, "008_latin1.txt")} is not valid UTF-8 text; copies of it are not caught\n`,
    );
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("1 added, 0 rejected");
    expect(readdirSync(seeds).filter((n) => n.startsWith("009_"))).toHaveLength(1);
  });

  it("adds the good files of a batch and rejects the bad ones, including a duplicate within the batch", () => {
    const before = snapshot();
    const a = file("a.txt", GOOD);
    const b = file("b.txt", "");
    const c = file("c.txt", GOOD.replace("عنيفة", "عَنِيفة"));
    const d = file("d.txt", "وصل وفد إلى بنغازي لبحث الأوضاع في سرت والجفرة.\n");
    const r = ingest(a, b, c, d);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain("2 added, 2 rejected");
    expect(r.stderr).toContain(`rejected ${b}: empty file`);
    expect(r.stderr).toMatch(new RegExp(`rejected ${c.replace(/[.\\]/g, "\\$&")}: duplicate of 005_[0-9a-f]{16}\\.txt`));
    const added = Object.keys(snapshot()).filter((n) => !(n in before)).sort();
    expect(added.map((n) => n.slice(0, 4))).toEqual(["005_", "006_"]);
    const meta = JSON.parse(readFileSync(path.join(seeds, "articles.json"), "utf8"));
    expect(meta.articles.slice(-2).map((x: { file: string; published: unknown }) => [x.file, x.published])).toEqual([
      [added[0], null],
      [added[1], null],
    ]);
  });

  const usages: [string, string[], RegExp][] = [
    ["no FILE", [], /name at least one FILE/],
    ["an invalid date", ["x.txt", "--published-from", "2024-02-30"], /--published-from must be a date written yyyy-mm-dd, got "2024-02-30"/],
    ["from after to", ["x.txt", "--published-from", "2024-03-02", "--published-to", "2024-03-01"], /--published-from \(2024-03-02\) is after --published-to \(2024-03-01\)/],
    ["an unknown option", ["x.txt", "--colour", "red"], /Unknown option '--colour'/],
    ["a title for two files", ["x.txt", "y.txt", "--title", "t"], /--title and --url describe one article/],
    ["a non-http URL", ["x.txt", "--url", "javascript:alert(1)"], /--url must be an http\(s\) URL/],
  ];
  for (const [what, args, message] of usages) {
    it(`exits 2 with the usage on ${what}, writing nothing`, () => {
      const before = snapshot();
      const r = ingest(...args.map((a) => (a.endsWith(".txt") ? file(a, GOOD) : a)));
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).toContain("usage: npm run ingest");
      expect(snapshot()).toEqual(before);
    });
  }
});

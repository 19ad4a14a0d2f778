import { afterEach, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readSeeds } from "./read-seeds";

let dir: string;
function seeds(files: Record<string, string | Buffer>): string {
  dir = mkdtempSync(join(tmpdir(), "seeds-"));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("readSeeds", () => {
  it("reads articles with ids, titles and dates from articles.json", () => {
    const d = seeds({
      "001_abc.txt": "الرئيسية » الدولي » عنوان الخبر\nنص الخبر عن سرت.",
      "002_def.txt": "خبر ثان\nنص.",
      "articles.json": JSON.stringify({
        articles: [
          { file: "001_abc.txt", published: { from: "2020-01-01", to: "2020-01-03" }, basis: "x" },
          { file: "002_def.txt", title: "عنوان من الملف", source: "وكالة" },
        ],
      }),
    });
    const { articles, errors } = readSeeds(d);
    expect(errors).toEqual([]);
    expect(articles.map((a) => [a.id, a.title, a.published, a.source])).toEqual([
      ["001", "عنوان الخبر", { from: "2020-01-01", to: "2020-01-03" }, undefined],
      ["002", "عنوان من الملف", null, "وكالة"],
    ]);
    expect(articles[0]!.text).toBe("الرئيسية » الدولي » عنوان الخبر\nنص الخبر عن سرت.");
  });

  it("reports broken articles by name and still loads the others", () => {
    const d = seeds({
      "001_good.txt": "خبر جيد",
      "002_bad.txt": Buffer.from([0xd8, 0xb3, 0xff, 0xfe]),
      "003_empty.txt": "  \n",
      "001_zdup.txt": "خبر بنفس الرقم",
      "articles.json": JSON.stringify({
        articles: [
          { file: "001_good.txt", published: { from: "2020-05-01", to: "2020-04-01" } },
          { file: "009_gone.txt" },
        ],
      }),
    });
    const { articles, errors } = readSeeds(d);
    expect(articles.map((a) => a.file)).toEqual(["001_good.txt"]);
    const byFile = Object.fromEntries(errors.map((e) => [e.file, e.message]));
    expect(byFile["002_bad.txt"]).toMatch(/UTF-8/);
    expect(byFile["003_empty.txt"]).toMatch(/empty/);
    expect(byFile["001_good.txt"]).toMatch(/from must not be after to/);
    expect(byFile["001_zdup.txt"]).toMatch(/already used by 001_good.txt/);
    expect(byFile["009_gone.txt"]).toMatch(/missing/);
  });

  it("reports a file whose name gives no usable article id, and loads the others", () => {
    const d = seeds({
      "001_good.txt": "خبر جيد",
      "misrata-report.txt": "خبر عن مصراتة",
      "تقرير.txt": "خبر",
      "misrata.report.txt": "خبر",
      "pasted.txt": "خبر",
    });
    const { articles, errors } = readSeeds(d);
    expect(articles.map((a) => a.id)).toEqual(["001", "misrata-report"]);
    const byFile = Object.fromEntries(errors.map((e) => [e.file, e.message]));
    expect(Object.keys(byFile).sort()).toEqual(["misrata.report.txt", "pasted.txt", "تقرير.txt"].sort());
    expect(byFile["تقرير.txt"]).toMatch(/no usable article id.*005_report\.txt/);
    expect(byFile["misrata.report.txt"]).toMatch(/no usable article id/);
    expect(byFile["pasted.txt"]).toMatch(/kept for the unsaved pasted article/);
  });

  it("loads the articles when articles.json is not JSON, and says so", () => {
    const d = seeds({ "001_a.txt": "نص", "articles.json": "{oops" });
    const { articles, errors } = readSeeds(d);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.published).toBeNull();
    expect(errors).toEqual([{ file: "articles.json", message: expect.stringMatching(/not valid JSON/) }]);
  });

  it("reads the real seeds without errors", () => {
    dir = mkdtempSync(join(tmpdir(), "unused-"));
    const { articles, errors } = readSeeds(join(__dirname, "../../seeds"));
    expect(errors).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(["000", "001", "002", "003", "004"]);
    expect(articles.every((a) => a.published !== null && a.title.length > 5)).toBe(true);
    expect(articles[2]!.title.startsWith("الرئيسية")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import type { PlaceSummary } from "../corpus/types";
import type { StoredQuote } from "../store/types";
import { CSV_COLUMNS, csvField, csvRecord, mentionsToCsv, UTF8_BOM } from "./csv";
import { mentionsToGeoJSON, placesToGeoJSON } from "./geojson";
import { rowOfQuote, type ExportRow } from "./rows";

const TEXT = 'قال المتحدث: "وصلت القوات إلى مصراتة, ثم سرت".\nوفي سطر آخر، هدوء في طرابلس.';
const misrata = { nameAr: "مصراتة", nameEn: "Misrata", kind: "city" as const, country: "LY", lat: 32.3754, lon: 15.0925, precisionKm: 8 };
const article = { id: "007", title: 'تقرير "خاص", مصراتة', published: { from: "2020-06-06", to: "2020-06-07" }, source: "=بوابة", url: "https://example.org/a?x=1,2" };
const start = TEXT.indexOf("مصراتة");
const sentence = { start: 0, end: TEXT.indexOf("\n") + 12 }; // runs over the newline on purpose
const mention: StoredQuote = {
  id: `007:${start}`, articleId: "007", start, end: start + 6, surface: "مصراتة", placeId: "misrata", sentence,
  sentenceText: TEXT.slice(sentence.start, sentence.end), role: "military", article,
};
const exportRows = (quotes: StoredQuote[], articleOf: StoredQuote["article"] = article): ExportRow[] => quotes.map((q) => rowOfQuote({ ...q, article: articleOf }, misrata));

/** A strict RFC 4180 reader, to check what a spreadsheet program would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  let quoted = false;
  while (i < csv.length) {
    const c = csv[i]!;
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c; i++; continue;
    }
    if (c === '"' && field === "") { quoted = true; i++; continue; }
    if (c === '"') throw new Error(`stray quote at ${i}`);
    if (c === ",") { row.push(field); field = ""; i++; continue; }
    if (c === "\r" && csv[i + 1] === "\n") { row.push(field); rows.push(row); row = []; field = ""; i += 2; continue; }
    if (c === "\n" || c === "\r") throw new Error(`bare line break at ${i}`);
    field += c; i++;
  }
  if (field !== "" || row.length > 0) throw new Error("last line has no CRLF");
  return rows;
}

describe("rowOfQuote", () => {
  it("joins a stored mention with its article, outlet, place, event and whole sentence", () => {
    const [row] = exportRows([mention]);
    expect(row).toMatchObject({ mentionId: mention.id, articleTitle: article.title, nameEn: "Misrata", lon: 15.0925, lat: 32.3754, surface: "مصراتة" });
    expect(row).toMatchObject({ source: "=بوابة", url: "https://example.org/a?x=1,2", role: "military" });
    expect(row!.combatKind).toBeUndefined();
    expect(row!.sentence).toBe(TEXT.slice(mention.sentence.start, mention.sentence.end));
    expect(TEXT.slice(row!.start, row!.end)).toBe(row!.surface);
  });
  it("writes the outlet, URL, role and combat kind as the last CSV columns, the outlet defused", () => {
    const [row] = exportRows([{ ...mention, role: "combat", kind: "strike" }]);
    expect(csvRecord(row!).endsWith(`'=بوابة,"https://example.org/a?x=1,2",combat,strike\r\n`)).toBe(true);
  });
});

describe("mentionsToCsv", () => {
  const csv = mentionsToCsv(exportRows([mention]));
  it("starts with a UTF-8 BOM and a header row", () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true);
    expect(csv.slice(1).split("\r\n")[0]).toBe(CSV_COLUMNS.join(","));
  });
  it("quotes commas, quotes and newlines in Arabic text so every field reads back intact", () => {
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, rows[1]![i]]));
    expect(record).toMatchObject({
      mention_id: mention.id, article_title: 'تقرير "خاص", مصراتة', published_from: "2020-06-06", published_to: "2020-06-07",
      name_ar: "مصراتة", name_en: "Misrata", lon: "15.0925", lat: "32.3754", start: String(start), surface: "مصراتة",
      sentence: TEXT.slice(mention.sentence.start, mention.sentence.end),
    });
    expect(record.sentence).toContain("\n");
    expect(rows[1]).toHaveLength(CSV_COLUMNS.length);
  });
  it("writes an undated article with empty date fields", () => {
    const rows = parseCsv(mentionsToCsv(exportRows([mention], { ...article, published: null })).slice(1));
    expect(rows[1]!.slice(3, 5)).toEqual(["", ""]);
  });
  it("is only the header for no mentions", () => {
    expect(mentionsToCsv([])).toBe(UTF8_BOM + CSV_COLUMNS.join(",") + "\r\n");
  });
});

describe("csvField", () => {
  it.each([
    ["طرابلس", "طرابلس"],
    ["سرت، الجفرة", "سرت، الجفرة"], // the Arabic comma is not a separator
    ["a,b", '"a,b"'],
    ['قال "نعم"', '"قال ""نعم"""'],
    ["سطر\nسطر", '"سطر\nسطر"'],
    ["=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\""],
    ["-5", "'-5"],
  ])("%j → %j", (input, out) => expect(csvField(input)).toBe(out));
  it("writes numbers as they are, negative ones too", () => expect(csvField(-17.25)).toBe("-17.25"));
});

describe("GeoJSON", () => {
  it("puts each mention at [lon, lat] with its id and properties", () => {
    const fc = mentionsToGeoJSON(exportRows([mention]));
    expect(fc.type).toBe("FeatureCollection");
    expect(fc.features).toHaveLength(1);
    const f = fc.features[0]!;
    expect(f).toMatchObject({ type: "Feature", id: mention.id, geometry: { type: "Point", coordinates: [15.0925, 32.3754] } });
    expect(f.properties).toMatchObject({ placeId: "misrata", articleId: "007", start, surface: "مصراتة" });
    expect(f.properties).not.toHaveProperty("lat");
    expect(JSON.parse(JSON.stringify(fc))).toEqual(fc);
  });
  it("gives one point per place with names and count, leaving countries out", () => {
    const place = (id: string, kind: PlaceSummary["kind"], lon: number, lat: number): PlaceSummary => ({
      id, nameAr: "اسم", nameEn: id, kind, lon, lat, precisionKm: 5, country: "LY", count: 3, countsByArticle: { "007": 3 },
    });
    const fc = placesToGeoJSON([place("misrata", "city", 15.09, 32.37), place("libya", "country", 17, 27), place("jufra-airbase", "airbase", 16.0, 29.2)]);
    expect(fc.features.map((f) => f.id)).toEqual(["misrata", "jufra-airbase"]);
    expect(fc.features[0]).toEqual({
      type: "Feature", id: "misrata", geometry: { type: "Point", coordinates: [15.09, 32.37] },
      properties: { nameAr: "اسم", nameEn: "misrata", kind: "city", count: 3, precisionKm: 5, country: "LY" },
    });
  });
});

import { parse } from "csv-parse/sync";
import type { NewArticle } from "../../store/types";
import { csvDelimiter } from "./csv-delimiter";
import { articleFromRecord } from "./from-record";
import { fieldName, RECORD_FIELDS } from "./record-fields";
import { itemOrigin, type ItemError, type ParsedInput } from "./types";

type Row = { record: string[]; info: { records: number; lines: number } };

/**
 * The articles of a CSV export (UTF-8, a BOM dropped; fields quoted as RFC 4180, so commas, quotes
 * and line breaks inside a quoted Arabic text are part of it; separated by commas, or by semicolons
 * or tabs when the header is, see lib/ingest/formats/csv-delimiter). The first row is
 * the header; its column names are those of lib/ingest/formats/record-fields. Each later row is
 * one article, named "row N" as a spreadsheet numbers it (the header is row 1; a line break inside
 * quotes does not start a row). A row with more or fewer fields than the header, or one that
 * articleFromRecord refuses, is refused alone. A file csv-parse cannot read (a quote never
 * closed, a stray quote) is refused whole, with the line: its rows cannot be told apart.
 *
 * @example parseCsv('title,text,date\nخبر,"اشتباكات في ترهونة، وغريان",2020-06-05\n', "a.csv")
 *   // { articles: [{ title: "خبر", text: "اشتباكات في ترهونة، وغريان", published: { from: "2020-06-05", to: "2020-06-05" }, origin: "a.csv#row 2" }], errors: [] }
 */
export function parseCsv(csv: string, origin: string): ParsedInput {
  let rows: Row[];
  let lastLine = 0; // the line the last complete record ended on
  try {
    rows = parse(csv, {
      bom: true,
      delimiter: csvDelimiter(csv),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      on_record: (record, context) => {
        lastLine = context.lines;
        return record;
      },
    }) as unknown as Row[];
  } catch (err) {
    const e = err as Error & { code?: string; lines?: number };
    // csv-parse names the line where it gave up, the end of the file for an unclosed quote; the
    // quote is in the row after the last one read whole.
    const message =
      e.code === "CSV_QUOTE_NOT_CLOSED"
        ? `the row starting on line ${lastLine + 1} opens a quote that is never closed`
        : `${e.message.replace(/^[^:]*Error: /, "")}`;
    return { articles: [], errors: [{ item: "", message: `not a readable CSV file: ${message}` }] };
  }
  const [head, ...body] = rows;
  if (!head) return { articles: [], errors: [{ item: "", message: "empty CSV file: no header row" }] };
  const header = head.record;
  const names = new Set(header.map(fieldName));
  const textNames: readonly string[] = [...RECORD_FIELDS.text, ...RECORD_FIELDS.summary];
  if (!textNames.some((n) => names.has(n))) {
    return {
      articles: [],
      errors: [{ item: "row 1", message: `no text column: the header has ${header.map((h) => `"${h}"`).join(", ")}; one of ${textNames.join(", ")} is needed` }],
    };
  }
  const articles: NewArticle[] = [];
  const errors: ItemError[] = [];
  for (const { record, info } of body) {
    const item = `row ${info.records}`;
    if (record.length !== header.length) {
      errors.push({ item, message: `${record.length} fields where the header has ${header.length}` });
      continue;
    }
    const r = articleFromRecord(Object.fromEntries(header.map((h, i) => [h, record[i]])), itemOrigin(origin, item));
    if (r.ok) articles.push(r.article);
    else errors.push({ item, message: r.message });
  }
  return { articles, errors };
}

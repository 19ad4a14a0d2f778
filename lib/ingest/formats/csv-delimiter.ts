const CANDIDATES = [",", ";", "\t"] as const;
export type CsvDelimiter = (typeof CANDIDATES)[number];

/**
 * The field separator of a CSV export, judged from its header line: the one of comma, semicolon
 * (Excel where the comma is the decimal mark) and tab (.tsv, copies from a spreadsheet) that the
 * header uses most outside quotes; a comma when the header has none of them (a single column).
 * Only the header is read, since an article's text is full of every one of them.
 *
 * @example csvDelimiter("العنوان;النص;التاريخ\n…") // ";"
 */
export function csvDelimiter(csv: string): CsvDelimiter {
  const counts = new Map<string, number>(CANDIDATES.map((c) => [c, 0]));
  let quoted = false;
  for (const ch of csv.replace(/^\uFEFF/, "")) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: CsvDelimiter = ",";
  for (const c of CANDIDATES) if (counts.get(c)! > counts.get(best)!) best = c;
  return best;
}

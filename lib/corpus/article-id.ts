/**
 * The short id of an article from its file name: the digits before the first "_", else the stem.
 * A stem may not be a usable id ("تقرير", "misrata.report", "pasted"): readSeeds checks it
 * against ARTICLE_ID (lib/url-state) and reports such a file by name.
 *
 * @example articleIdFromFile("002_6c20427af2e36eef.txt") // → "002"
 * @example articleIdFromFile("misrata-report.txt")        // → "misrata-report"
 */
export function articleIdFromFile(file: string): string {
  const base = file.replace(/^.*[\\/]/, "");
  const stem = base.replace(/\.[^.]*$/, "");
  const digits = /^(\d+)_/.exec(stem);
  return digits ? digits[1]! : stem;
}

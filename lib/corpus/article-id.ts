/**
 * The short id of an article from its file name: the digits before the first "_", else the stem.
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

import { readFileSync } from "node:fs";
import { canonicalUrl } from "../../lib/ingest/formats/canonical-url";

/**
 * The feeds a config file lists for `npm run watch`: one http(s) URL per line; blank lines and
 * lines starting with "#" are skipped, as is anything after " #" on a line. A line that is not a
 * URL makes the whole file an error, with its line number, so a typo never silently drops a feed.
 *
 * @example readFeedList("feeds.txt") // { ok: true, feeds: ["https://example.org/rss", "https://example.net/atom.xml"] }
 */
export function readFeedList(file: string): { ok: true; feeds: string[] } | { ok: false; reason: string } {
  let text: string;
  try {
    text = readFileSync(file, "utf8").replace(/^\uFEFF/, "");
  } catch (err) {
    return { ok: false, reason: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  const feeds: string[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\s+#.*$/, "").trim();
    if (line === "" || line.startsWith("#")) continue;
    if (!/^https?:\/\//i.test(line) || canonicalUrl(line) === null) return { ok: false, reason: `${file} line ${i + 1}: "${line}" is not an http(s) URL` };
    feeds.push(line);
  }
  return { ok: true, feeds };
}

// Which geoparser wrote a stored article's mentions: a hash of everything that decides them, so a
// change to the gazetteer, the geoparser, the Arabic folding or the event rules marks exactly the
// articles parsed before it as stale (npm run reindex, or the next server start, parses them again).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

/** The folders whose code or data decide the mentions (tests and held-out paragraphs excluded). */
const DECIDING = ["data/gazetteer", "lib/arabic", "lib/gazetteer", "lib/geoparse", "lib/events", "lib/corpus/sentences.ts", "lib/corpus/analyze.ts"];

function files(path: string): string[] {
  let st;
  try {
    st = statSync(path);
  } catch {
    return [];
  }
  if (st.isFile()) return [path];
  return readdirSync(path)
    .sort()
    .flatMap((name) => (name === "unseen" || /\.test\.ts$|\.md$/.test(name) ? [] : files(join(path, name))));
}

/**
 * The version of the geoparser in the project at `root`: sha256 over the deciding files' paths and
 * contents, 16 hex digits.
 *
 * @example parserVersion(process.cwd()) // → "3f9c0a51d2e7b864"
 */
export function parserVersion(root: string): string {
  const hash = createHash("sha256");
  for (const dir of DECIDING) {
    for (const file of files(join(root, dir))) {
      hash.update(file.slice(root.length));
      hash.update("\0");
      hash.update(readFileSync(file));
      hash.update("\0");
    }
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The geoparse CLI (DESIGN.md, "geoparse CLI"):
 *   npm run --silent geoparse -- FILE...   one JSON line per file: {"file","mentions":[...]}, each
 *                                          mention with its "event" {role, kind?, cue?} (lib/events)
 *   npm run --silent geoparse              reads one text from stdin (file "-")
 * Text is decoded as readSeeds decodes it (strict UTF-8, a leading BOM dropped), so offsets agree
 * with the app's. An unreadable or non-UTF-8 file is reported by name on stderr, the others are
 * still processed, exit 1.
 */
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { decodeArticle } from "../lib/corpus/decode-text";
import { loadGazetteer } from "../lib/gazetteer/load";
import type { Gazetteer } from "../lib/gazetteer/types";
import { geoparse } from "../lib/geoparse/geoparse";
import { labelMentions, type MentionEvent } from "../lib/events";

/** One mention as the CLI prints it: the span plus what a consumer needs of the place. */
type CliMention = {
  start: number;
  end: number;
  surface: string;
  placeId: string;
  nameEn: string;
  lat: number;
  lon: number;
  country: string;
  kind: string;
  /** What the sentence reports at the place (EVENTS.md): role, combat kind, cue span. */
  event: MentionEvent;
};

/** The JSON object printed for one file. Example: {"file":"-","mentions":[]} for an empty text. */
function fileResult(file: string, text: string, g: Gazetteer): { file: string; mentions: CliMention[] } {
  const found = geoparse(text, g).map((m) => {
    const p = g.byId.get(m.placeId)!;
    return { ...m, nameEn: p.nameEn, lat: p.lat, lon: p.lon, country: p.country, kind: p.kind };
  });
  const events = labelMentions(text, found);
  const mentions = found.map((m, i) => ({ ...m, event: events[i]! }));
  return { file, mentions };
}

function main(): void {
  const files = process.argv.slice(2).filter((a) => a !== "--");
  let failed = false;
  let g: Gazetteer;
  try {
    g = loadGazetteer();
  } catch (e) {
    process.stderr.write(`geoparse: ${(e as Error).message}\n`);
    process.exit(1);
  }
  const inputs = files.length === 0 ? ["-"] : files;
  for (const file of inputs) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file === "-" ? 0 : file);
    } catch (e) {
      process.stderr.write(`geoparse: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`);
      failed = true;
      continue;
    }
    const text = decodeArticle(bytes);
    if (text === undefined) {
      process.stderr.write(`geoparse: ${file === "-" ? "standard input" : file} is not valid UTF-8 text\n`);
      failed = true;
      continue;
    }
    process.stdout.write(JSON.stringify(fileResult(file, text, g)) + "\n");
  }
  process.exitCode = failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();

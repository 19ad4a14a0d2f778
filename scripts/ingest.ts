/**
 * npm run ingest -- PATH_OR_URL... [--db FILE] [--timeout 30s]
 *                   [--title T] [--source S] [--url U] [--published-from yyyy-mm-dd] [--published-to yyyy-mm-dd]
 *
 * Adds articles to the store (lib/store; $KHABAR_DB or data/khabar.db, or --db): saved web pages,
 * RSS/Atom feeds, CSV and JSON Lines exports, plain-text files, folders of them (recursively) and
 * http(s) URLs of pages or feeds. Each input goes into the store in one transaction. Every article
 * is named on the way: "added ORIGIN as ID" on stdout, "refused ORIGIN: reason" on stderr, where
 * ORIGIN is the file or URL, with "#row 4", "#line 7" or "#item 2" inside a table or a feed.
 * --title, --source, --url and the dates describe a single plain-text file, which carries no metadata.
 * Exit status: 0 every article went in, 1 something was refused, 2 bad usage. A kill at any moment
 * leaves each input in the store whole or not at all (one transaction each); run it again to add
 * the rest, the ones already in are refused as duplicates.
 */
import { parseArgs } from "node:util";
import { checkPublishedRange } from "../lib/ingest/iso-date";
import { canonicalUrl } from "../lib/ingest/formats/canonical-url";
import type { Store } from "../lib/store";
import { parseDuration } from "./ingest/duration";
import { ingestInput, type Overrides } from "./ingest/ingest-input";
import { expandInputs } from "./ingest/inputs";
import { startProgress } from "./ingest/progress";

const USAGE =
  "usage: npm run ingest -- PATH_OR_URL... [--db FILE] [--timeout 30s] [--title T] [--source S] [--url U] [--published-from yyyy-mm-dd] [--published-to yyyy-mm-dd]";

function usage(message: string): never {
  process.stderr.write(`ingest: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        title: { type: "string" },
        "published-from": { type: "string" },
        "published-to": { type: "string" },
        source: { type: "string" },
        url: { type: "string" },
        db: { type: "string" },
        timeout: { type: "string", default: "30s" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    const message = (err as Error).message;
    // The old command wrote into seeds/; say where articles go now rather than only "unknown".
    if (message.includes("'--seeds'")) usage("--seeds is gone: articles go into the store now (--db FILE, or $KHABAR_DB)");
    usage(message);
  }
}

/** The command-line metadata for plain-text files, checked; a usage error names what is wrong. */
function overridesFrom(values: ReturnType<typeof parse>["values"]): Overrides {
  const overrides: Overrides = {};
  const dates = checkPublishedRange(values["published-from"], values["published-to"]);
  if (!dates.ok) usage(dates.error);
  if (dates.range) overrides.published = dates.range;
  if (values.title !== undefined) {
    if (values.title.trim() === "") usage("--title must not be empty");
    overrides.title = values.title.trim();
  }
  if (values.source !== undefined) {
    if (values.source.trim() === "") usage("--source must not be empty");
    overrides.source = values.source.trim();
  }
  if (values.url !== undefined) {
    const url = canonicalUrl(values.url);
    if (url === null) usage(`--url must be an http(s) URL, got "${values.url}"`);
    overrides.url = url;
  }
  return overrides;
}

async function main(): Promise<number> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (positionals.length === 0) usage("name at least one PATH_OR_URL");
  const timeoutMs = parseDuration(values.timeout);
  if (timeoutMs === undefined) usage(`--timeout must be a duration such as 30s or 2m, got "${values.timeout}"`);
  const overrides = overridesFrom(values);
  const { inputs, errors } = expandInputs(positionals);
  if (Object.keys(overrides).length > 0 && (positionals.length !== 1 || inputs.length > 1)) {
    usage("--title, --source, --url and --published-from/--published-to describe one article: give a single FILE with them");
  }
  // The store (and the geoparser under it) loads only now: a usage error answers at once.
  const { openIngestStore, storePath } = await import("./ingest/open-store");
  const dbPath = values.db ?? storePath();
  let store: Store;
  try {
    store = openIngestStore(dbPath);
  } catch (err) {
    process.stderr.write(`ingest: cannot open the store at ${dbPath}: ${(err as Error).message}\n`);
    return 1;
  }
  let added = 0;
  let refused = 0;
  const progress = startProgress(inputs.length, process.stderr.isTTY === true);
  try {
    for (const e of errors) {
      refused++;
      progress.line(process.stderr, `refused ${e.name}: ${e.reason}`);
    }
    for (const input of inputs) {
      const report = await ingestInput(input, store, overrides, timeoutMs);
      for (const a of report.added) {
        const title = a.derivedTitle !== undefined ? `; title from its first line: «${a.derivedTitle}»` : "";
        progress.line(process.stdout, `added ${a.origin} as ${a.id} (${a.mentions} mention${a.mentions === 1 ? "" : "s"}${title})`);
      }
      for (const r of report.refused) progress.line(process.stderr, `refused ${r.origin}: ${r.reason}`);
      if (report.added.length === 0 && report.refused.length === 0) progress.line(process.stdout, `nothing in ${report.name}: it holds no articles`);
      added += report.added.length;
      refused += report.refused.length;
      progress.tick(report.name);
    }
  } finally {
    progress.stop();
    store.close();
  }
  process.stdout.write(`${added} added, ${refused} refused, in ${dbPath}\n`);
  return refused === 0 ? 0 : 1;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    // Only a bug gets here: every input's problems are reported above, by name.
    process.stderr.write(`ingest: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);

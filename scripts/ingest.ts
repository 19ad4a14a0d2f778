/**
 * npm run ingest -- FILE... [--title T] [--published-from D --published-to D] [--source S] [--url U] [--seeds DIR]
 *
 * Checks each FILE (lib/ingest/check-article) and copies the good ones into the seeds folder as
 * NNN_<16 hex of sha256 of the normalised text>.txt, adding an entry to articles.json. A rejected
 * file is named on stderr with its reason and nothing is written for it; the others still go in.
 * Exit status: 0 all added, 1 some rejected (or the seeds folder could not be updated), 2 bad usage.
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { decodeArticle } from "../lib/corpus/decode-text";
import {
  articleFileName,
  articlesFileSchema,
  checkArticle,
  checkPublishedRange,
  duplicateKey,
  nextArticleNumber,
  type ArticleEntry,
  type ArticlesFile,
} from "../lib/ingest";

const USAGE =
  "usage: npm run ingest -- FILE... [--title T] [--published-from yyyy-mm-dd] [--published-to yyyy-mm-dd] [--source S] [--url U] [--seeds DIR]";

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
        seeds: { type: "string", default: "seeds" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    usage((err as Error).message);
  }
}

/** articles.json in the style it is hand-written in: one key per line, `published` on one line. */
function formatArticlesFile(file: ArticlesFile): string {
  const entry = (a: ArticleEntry) =>
    "    {\n" +
    Object.entries(a)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        const value =
          k === "published" && v !== null && typeof v === "object"
            ? `{ "from": ${JSON.stringify((v as { from: string }).from)}, "to": ${JSON.stringify((v as { to: string }).to)} }`
            : JSON.stringify(v);
        return `      ${JSON.stringify(k)}: ${value}`;
      })
      .join(",\n") +
    "\n    }";
  const top = Object.entries(file)
    .filter(([k]) => k !== "articles")
    .map(([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},\n`)
    .join("");
  return `{\n${top}  "articles": [\n${file.articles.map(entry).join(",\n")}\n  ]\n}\n`;
}

function main(): number {
  const { values, positionals: files } = parse();
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  if (files.length === 0) usage("name at least one FILE");
  if (files.length > 1 && (values.title !== undefined || values.url !== undefined)) {
    usage("--title and --url describe one article: give a single FILE with them");
  }
  const dates = checkPublishedRange(values["published-from"], values["published-to"]);
  if (!dates.ok) usage(dates.error);
  if (values.title !== undefined && values.title.trim() === "") usage("--title must not be empty");
  if (values.source !== undefined && values.source.trim() === "") usage("--source must not be empty");
  if (values.url !== undefined && !z.url({ protocol: /^https?$/ }).safeParse(values.url).success) {
    usage(`--url must be an http(s) URL, got "${values.url}"`);
  }

  const seeds = values.seeds;
  const jsonPath = path.join(seeds, "articles.json");
  let names: string[];
  let meta: ArticlesFile;
  try {
    names = readdirSync(seeds);
    const parsed = articlesFileSchema.safeParse(JSON.parse(readFileSync(jsonPath, "utf8")));
    if (!parsed.success) throw new Error(`${jsonPath} is not valid: ${parsed.error.issues[0]?.message ?? "bad shape"}`);
    meta = parsed.data;
  } catch (err) {
    usage(`cannot use seeds folder "${seeds}": ${(err as Error).message}`);
  }

  // Keys of the articles already there, so a copy under another name is caught. A seed that
  // cannot be read is named and skipped (the app skips it too): only its copies go unnoticed.
  const known = new Map<string, string>();
  for (const name of names.filter((n) => n.endsWith(".txt"))) {
    const seedPath = path.join(seeds, name);
    let text: string | undefined;
    try {
      text = decodeArticle(readFileSync(seedPath));
    } catch (err) {
      process.stderr.write(`ingest: cannot read ${seedPath} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message}); copies of it are not caught\n`);
      continue;
    }
    if (text === undefined) {
      process.stderr.write(`ingest: ${seedPath} is not valid UTF-8 text; copies of it are not caught\n`);
      continue;
    }
    known.set(duplicateKey(text), name);
  }
  let next = Math.max(nextArticleNumber(names), nextArticleNumber(meta.articles.map((a) => a.file)));

  const added: { name: string; from: string }[] = [];
  let rejected = 0;
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      rejected++;
      process.stderr.write(`rejected ${file}: cannot read it (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
      continue;
    }
    const check = checkArticle(bytes, known);
    if (!check.ok) {
      rejected++;
      process.stderr.write(`rejected ${file}: ${check.reason}\n`);
      continue;
    }
    const name = articleFileName(next, createHash("sha256").update(check.key, "utf8").digest("hex"));
    try {
      writeFileSync(path.join(seeds, name), check.text, { encoding: "utf8", flag: "wx" });
    } catch (err) {
      rejected++;
      process.stderr.write(`rejected ${file}: cannot write ${name} (${(err as Error).message})\n`);
      continue;
    }
    next++;
    known.set(check.key, name);
    const entry: ArticleEntry = { file: name, published: dates.range };
    if (values.title !== undefined) entry.title = values.title.trim();
    if (values.source !== undefined) entry.source = values.source.trim();
    if (values.url !== undefined) entry.url = values.url;
    meta.articles.push(entry);
    added.push({ name, from: file });
  }

  if (added.length > 0) {
    const tmp = `${jsonPath}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, formatArticlesFile(meta), "utf8");
      renameSync(tmp, jsonPath);
    } catch (err) {
      // Without their metadata the copied texts would be orphans: take them back out.
      rmSync(tmp, { force: true });
      for (const a of added) rmSync(path.join(seeds, a.name), { force: true });
      process.stderr.write(`ingest: cannot update ${jsonPath} (${(err as Error).message}); nothing was added\n`);
      return 1;
    }
  }
  for (const a of added) process.stdout.write(`added ${a.from} as ${path.join(seeds, a.name)}\n`);
  process.stdout.write(`${added.length} added, ${rejected} rejected\n`);
  if (added.length > 0) process.stdout.write("Rebuild the app (npm run build) to see them on the map.\n");
  return rejected === 0 ? 0 : 1;
}

process.exitCode = main();

import type { DateRange } from "../../lib/corpus/types";
import { derivedTitle } from "../../lib/corpus/title";
import { FORMAT_NAMES } from "../../lib/ingest/formats/limits";
import { parseInput, type InputMeta } from "../../lib/ingest/formats/parse-input";
import { itemOrigin } from "../../lib/ingest/formats/types";
import { fetchInput } from "./fetch-input";
import { readInputFile } from "./read-file";
import type { ArticleSink } from "./sink";

/** One input of `npm run ingest`: a file (found directly or in a folder) or an http(s) URL. */
export type Input = { kind: "file"; path: string } | { kind: "url"; url: string };

/** Metadata given on the command line for plain-text files, which carry none of their own. */
export type Overrides = { title?: string; source?: string; url?: string; published?: DateRange };

export type InputReport = {
  name: string;
  /** derivedTitle: the title is the text's first line (cut), because the input gave none */
  added: { origin: string; id: string; mentions: number; derivedTitle?: string }[];
  refused: { origin: string; reason: string }[];
};

/**
 * Takes one input all the way: read the file or fetch the URL, parse it in its format, apply
 * `overrides` to a plain-text article, and hand all its articles to `store` in one call (one
 * transaction). Every article is reported, added with its id or refused with why, the parser's
 * refusals and the store's (duplicates) alike, in input order. A store that fails (a locked or
 * full disk) refuses the whole input: its transaction left nothing of it behind.
 *
 * @example await ingestInput({ kind: "file", path: "inbox/feed.xml" }, store, {}, 30_000)
 *   // { name: "inbox/feed.xml", added: [{ origin: "inbox/feed.xml#item 1", id: "0006", mentions: 4 }], refused: [{ origin: "inbox/feed.xml#item 3", reason: "no text: …" }] }
 */
export async function ingestInput(input: Input, store: ArticleSink, overrides: Overrides, timeoutMs: number): Promise<InputReport> {
  const name = input.kind === "file" ? input.path : input.url;
  const report: InputReport = { name, added: [], refused: [] };
  const refuseAll = (reason: string) => {
    report.refused.push({ origin: name, reason });
    return report;
  };
  let bytes: Uint8Array;
  let meta: InputMeta;
  if (input.kind === "file") {
    const read = readInputFile(input.path);
    if (!read.ok) return refuseAll(read.reason);
    bytes = read.bytes;
    meta = { name, origin: name };
  } else {
    const got = await fetchInput(input.url, timeoutMs);
    if (!got.ok) return refuseAll(got.reason);
    bytes = got.bytes;
    meta = got.meta;
  }
  const parsed = await parseInput(bytes, meta);
  const given = Object.keys(overrides).map((k) => `--${k === "published" ? "published-from/--published-to" : k}`);
  if (given.length > 0 && parsed.format !== "text") {
    return refuseAll(`${given.join(", ")}: the options describe a plain-text file, and this is ${FORMAT_NAMES[parsed.format]}, which carries its own metadata`);
  }
  const articles = parsed.articles.map((a) => ({
    ...a,
    ...(overrides.title !== undefined ? { title: overrides.title } : {}),
    ...(overrides.source !== undefined ? { source: overrides.source } : {}),
    ...(overrides.url !== undefined ? { url: overrides.url } : {}),
    ...(overrides.published !== undefined ? { published: overrides.published } : {}),
  }));
  // Refusals and outcomes go back in input order, however the two lists interleave.
  const order = (origin: string) => {
    const m = /#(?:row|line|item) (\d+)$/.exec(origin);
    return m ? Number(m[1]) : 0;
  };
  const refused = parsed.errors.map((e) => ({ origin: itemOrigin(name, e.item), reason: e.message }));
  if (articles.length > 0) {
    let outcomes;
    try {
      outcomes = store.addArticles(articles);
    } catch (err) {
      return refuseAll(`the store failed, nothing from this input was added: ${(err as Error).message}`);
    }
    // A title equal to the one derivedTitle makes is the text's first line: the reader is told so,
    // since a format that lost its title field (or a plain-text file) is worth a second look.
    const derived = new Map(articles.filter((a) => a.title === derivedTitle(a.text)).map((a) => [a.origin, a.title]));
    for (const o of outcomes) {
      const title = derived.get(o.origin);
      if (o.ok) report.added.push({ origin: o.origin, id: o.id, mentions: o.mentions, ...(title !== undefined ? { derivedTitle: title } : {}) });
      else refused.push({ origin: o.origin, reason: o.reason });
    }
  }
  report.refused = refused.sort((a, b) => order(a.origin) - order(b.origin));
  return report;
}

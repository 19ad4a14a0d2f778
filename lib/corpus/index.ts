// The corpus index the app, the API and scripts share. Reads files (through read-seeds), so only
// server code imports this module: route handlers, server components, scripts.
import { join } from "node:path";
import { loadGazetteer } from "../gazetteer/load";
import { geoparse } from "../geoparse";
import { buildCorpusIndex } from "./build-index";
import { readArticleText, readSeeds } from "./read-seeds";
import type { Article, CorpusIndex } from "./types";

let memo: CorpusIndex | undefined;

/** Where the articles live: seeds/ under the working directory, or $KHABAR_SEEDS_DIR. */
export function seedsDir(): string {
  return process.env.KHABAR_SEEDS_DIR ?? join(process.cwd(), "seeds");
}

/**
 * The index of seeds/ against the project gazetteer, built once per process (at build time for
 * static pages, on first use in a server) and then shared by every request.
 *
 * @example getCorpusIndex().places[0] // → { id: "libya", count: 27, … }
 */
export function getCorpusIndex(): CorpusIndex {
  if (!memo) {
    const gazetteer = loadGazetteer();
    const { articles, errors } = readSeeds(seedsDir());
    memo = buildCorpusIndex(
      articles,
      { parse: (text) => geoparse(text, gazetteer), placeById: (id) => gazetteer.byId.get(id) },
      errors,
    );
    for (const e of memo.errors) console.warn(`corpus: ${e.file}: ${e.message}`);
  }
  return memo;
}

/**
 * One article with its text, read from disk when asked (the article view), or undefined for an id
 * the index does not know.
 *
 * @example getArticle("002")?.title // → "“الوفاق” تطرد قوات حفتر من منطقة جنوب مصراتة"
 */
export function getArticle(id: string): Article | undefined {
  const meta = getCorpusIndex().articleById.get(id);
  if (!meta) return undefined;
  return { ...meta, text: readArticleText(seedsDir(), meta.file) };
}

export { buildCorpusIndex, type IndexSources } from "./build-index";
export { mentionsPage, type MentionsPage, type QuotedMention } from "./mentions-page";
export { segmentArticle, type Segment } from "./segments";

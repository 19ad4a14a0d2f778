// The Node edge of lib/corpus: the only module here that touches the file system. Only app/ and
// scripts/ import it (through ./index.ts).
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { Article, CorpusError } from "./types";
import { ARTICLE_ID } from "../url-state";
import { articleIdFromFile } from "./article-id";
import { decodeArticle } from "./decode-text";
import { PASTED_ARTICLE_ID } from "./pasted-id";
import { titleFromText } from "./title";
import { parseArticlesJson, type ArticleEntry } from "./articles-json";

/**
 * Reads every seeds/*.txt with its metadata from seeds/articles.json. An article that cannot be
 * read (unreadable, not UTF-8, empty, no usable or a duplicate id, bad metadata) is reported by
 * file name in `errors` and the others still load. Articles come back sorted by file name.
 *
 * @example readSeeds("seeds") // → { articles: [{ id: "000", file: "000_f2ab….txt", title, published, text }, …], errors: [] }
 */
export function readSeeds(dir: string): { articles: Article[]; errors: CorpusError[] } {
  const errors: CorpusError[] = [];
  const articles: Article[] = [];

  const metaPath = join(dir, "articles.json");
  let meta = new Map<string, ArticleEntry>();
  if (existsSync(metaPath)) {
    try {
      const parsed = parseArticlesJson(readFileSync(metaPath, "utf8"));
      meta = parsed.entries;
      errors.push(...parsed.errors);
    } catch (err) {
      errors.push({ file: "articles.json", message: `cannot read: ${(err as Error).message}` });
    }
  }

  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  } catch (err) {
    errors.push({ file: dir, message: `cannot read the seeds folder: ${(err as Error).message}` });
    return { articles, errors };
  }

  const seen = new Map<string, string>();
  for (const file of files) {
    const id = articleIdFromFile(file);
    const badId = idProblem(id);
    if (badId) {
      errors.push({ file, message: badId });
      continue;
    }
    let bytes: Buffer;
    try {
      bytes = readFileSync(join(dir, file));
    } catch (err) {
      errors.push({ file, message: `cannot read: ${(err as Error).message}` });
      continue;
    }
    const text = decodeArticle(bytes);
    if (text === undefined) {
      errors.push({ file, message: "not valid UTF-8 text" });
      continue;
    }
    if (!text.trim()) {
      errors.push({ file, message: "empty article" });
      continue;
    }
    const clash = seen.get(id);
    if (clash) {
      errors.push({ file, message: `article id "${id}" is already used by ${clash}` });
      continue;
    }
    seen.set(id, file);
    const entry = meta.get(file);
    articles.push({
      id,
      file,
      title: entry?.title ?? (titleFromText(text) || id),
      published: entry?.published ?? null,
      ...(entry?.source ? { source: entry.source } : {}),
      ...(entry?.url ? { url: entry.url } : {}),
      text,
    });
  }

  const present = new Set(files);
  for (const file of meta.keys()) {
    if (!present.has(file)) errors.push({ file, message: "listed in articles.json but the file is missing" });
  }
  return { articles, errors };
}

/** Why an id taken from a file name cannot name an article in URLs and the API, or undefined. */
function idProblem(id: string): string | undefined {
  const fix = 'start the file name with digits and "_", e.g. 005_report.txt';
  if (id === PASTED_ARTICLE_ID) return `article id "${id}" is kept for the unsaved pasted article: ${fix}`;
  if (!ARTICLE_ID.test(id)) return `the file name gives no usable article id (letters, digits, - and _ only, at most 64): ${fix}`;
  return undefined;
}

/**
 * The text of one article file, for the article view (the index keeps no texts in memory).
 * Throws when the file cannot be read or is not UTF-8.
 *
 * @example readArticleText("seeds", "002_6c20427af2e36eef.txt") // → "الرئيسية » الدولي » …"
 */
export function readArticleText(dir: string, file: string): string {
  if (file.includes("/") || file.includes("\\") || file.startsWith(".")) throw new Error(`bad article file name: ${file}`);
  const text = decodeArticle(readFileSync(join(dir, file)));
  if (text === undefined) throw new Error(`${file} is not valid UTF-8 text`);
  return text;
}

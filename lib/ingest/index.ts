export { checkArticle, MAX_ARTICLE_BYTES, type ArticleCheck } from "./check-article";
export { firstInvalidUtf8Offset, decodeUtf8Strict } from "./utf8";
export { arabicLetterShare, MIN_ARABIC_LETTER_SHARE } from "./arabic-share";
export { duplicateKey } from "./duplicate-key";
export { isIsoDate, checkPublishedRange } from "./iso-date";
export { articlesFileSchema, articleEntrySchema, nextArticleNumber, articleFileName } from "./articles-json";
export type { ArticleEntry, ArticlesFile } from "./articles-json";
export { encodeArticleForUrl, decodeArticleFromUrl, MAX_SHARE_FRAGMENT_CHARS, MAX_SHARED_TEXT_CHARS } from "./share-text";
export type { SharedArticle } from "./share-text";
export { PASTE_PROBLEM_CODES, type PasteProblem, type PasteProblemCode } from "./paste-problem";
export { checkArticleText, type TextCheck } from "./check-article";
// The format parsers (linkedom, Readability, rss-parser, csv-parse) are imported from
// lib/ingest/formats, not from here: what imports these checks (the store, the app) stays light.

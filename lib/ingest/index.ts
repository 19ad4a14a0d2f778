export { checkArticle, MAX_ARTICLE_BYTES, type ArticleCheck } from "./check-article";
export { firstInvalidUtf8Offset, decodeUtf8Strict } from "./utf8";
export { arabicLetterShare, MIN_ARABIC_LETTER_SHARE } from "./arabic-share";
export { duplicateKey } from "./duplicate-key";
export { isIsoDate, checkPublishedRange } from "./iso-date";
export { articlesFileSchema, articleEntrySchema, nextArticleNumber, articleFileName } from "./articles-json";
export type { ArticleEntry, ArticlesFile } from "./articles-json";
export { encodeArticleForUrl, decodeArticleFromUrl, MAX_SHARE_FRAGMENT_CHARS, MAX_SHARED_TEXT_CHARS } from "./share-text";

import { createHash } from "node:crypto";
import { duplicateKey } from "../../lib/ingest/duplicate-key";
import type { NewArticle } from "../../lib/store/types";

/**
 * What the watcher remembers a feed item by: its canonical URL, or for an item without a link the
 * first 16 hex digits of the SHA-256 of its normalised text (the store's duplicate key), so an
 * item seen once is not offered to the store again however the feed reorders its items.
 *
 * @example itemKey({ url: "https://example.org/a/1", … }) // "https://example.org/a/1"
 * @example itemKey({ text: "اشتباكات في سرت", … }) // "text:3f0c…"
 */
export function itemKey(article: Pick<NewArticle, "url" | "text">): string {
  if (article.url) return article.url;
  return `text:${createHash("sha256").update(duplicateKey(article.text), "utf8").digest("hex").slice(0, 16)}`;
}

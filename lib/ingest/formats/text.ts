import { fallbackTitle } from "./fallback-title";
import { checkArticle } from "../check-article";
import type { ParsedInput } from "./types";

/**
 * A plain-text file as one article, read as the seeds are (lib/ingest/check-article: at most
 * 1 MiB, not binary, strict UTF-8 with a BOM dropped, not empty, mostly Arabic), titled by its
 * first line. Its date, outlet and URL are unknown here: the ingest command's options give them.
 *
 * @example parseText(new TextEncoder().encode("اشتباكات في ترهونة\n\nنص الخبر"), "a.txt")
 *   // { articles: [{ title: "اشتباكات في ترهونة", text: "اشتباكات في ترهونة\n\nنص الخبر", published: null, origin: "a.txt" }], errors: [] }
 */
export function parseText(bytes: Uint8Array, origin: string): ParsedInput {
  const check = checkArticle(bytes);
  if (!check.ok) return { articles: [], errors: [{ item: "", message: check.reason }] };
  return { articles: [{ title: fallbackTitle(check.text), text: check.text, published: null, origin }], errors: [] };
}

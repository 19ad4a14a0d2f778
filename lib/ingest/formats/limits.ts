import { MAX_ARTICLE_BYTES } from "../check-article";
import type { InputFormat } from "./types";

/**
 * The largest input of each format read at all, in bytes: a text file is one article (1 MiB, as
 * ever); a saved page carries markup and inline scripts around its article; a feed or a table
 * holds many articles, but is read whole, since its articles go into the store in one transaction.
 * Past these the input is refused before it is read.
 *
 * @example MAX_INPUT_BYTES.csv // 268435456 (256 MiB)
 */
export const MAX_INPUT_BYTES: Readonly<Record<InputFormat, number>> = {
  text: MAX_ARTICLE_BYTES,
  html: 16 * 1024 * 1024,
  feed: 64 * 1024 * 1024,
  csv: 256 * 1024 * 1024,
  jsonl: 256 * 1024 * 1024,
};

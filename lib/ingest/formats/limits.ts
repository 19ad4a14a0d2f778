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
  json: 256 * 1024 * 1024,
};

/**
 * Each format as a message names it.
 *
 * @example `this is ${FORMAT_NAMES.csv}` // "this is a CSV file"
 */
export const FORMAT_NAMES: Readonly<Record<InputFormat, string>> = { text: "a text file", html: "a web page", feed: "a feed", csv: "a CSV file", jsonl: "a JSON Lines file", json: "a JSON file" };

/**
 * Why an input of `bytes` bytes is too large for its format, or undefined when it is not. A text
 * file is worded as lib/ingest/check-article words it, so a file gets one message however it is read.
 *
 * @example sizeProblem("feed", 70_000_000) // "too large: 70,000,000 bytes (at most 67,108,864 bytes for a feed)"
 */
export function sizeProblem(format: InputFormat, bytes: number): string | undefined {
  const max = MAX_INPUT_BYTES[format];
  if (bytes <= max) return undefined;
  const what = format === "text" ? "1 MiB" : `for ${FORMAT_NAMES[format]}`;
  return `too large: ${bytes.toLocaleString("en")} bytes (at most ${max.toLocaleString("en")} bytes${format === "text" ? ", " : " "}${what})`;
}

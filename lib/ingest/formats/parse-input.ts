import { parseCsv } from "./csv";
import { decodeInput } from "./decode";
import { detectFormat } from "./detect";
import { parseFeed } from "./feed";
import { parseHtmlPage } from "./html";
import { parseJson } from "./json";
import { parseJsonLines } from "./jsonl";
import { sizeProblem } from "./limits";
import { parseText } from "./text";
import type { InputFormat, ParsedInput } from "./types";

export type InputMeta = {
  /** a file path or URL: its extension helps detection */
  name: string;
  /** what articles and refusals are named by (NewArticle.origin); usually `name` */
  origin: string;
  /** the URL a page was fetched from: the base of its relative links, and its URL if it names none */
  pageUrl?: string;
  /** the charset of an HTTP Content-Type, which outranks what the page says of itself */
  charset?: string;
  /** skip detection (an HTTP Content-Type already said what it is) */
  format?: InputFormat;
};

/**
 * Any input's bytes as articles: the format detected (lib/ingest/formats/detect) unless given,
 * the size checked against that format's limit, the bytes decoded (strict UTF-8; a page or a
 * feed may declare another encoding), then that format's parser. Never throws: whatever is wrong
 * comes back in `errors`, the input as a whole as item "".
 *
 * @example await parseInput(bytes, { name: "export.csv", origin: "export.csv" }) // { format: "csv", articles: [...], errors: [...] }
 */
export async function parseInput(bytes: Uint8Array, meta: InputMeta): Promise<ParsedInput & { format: InputFormat }> {
  const head = new TextDecoder(bytes[0] === 0xff && bytes[1] === 0xfe ? "utf-16le" : bytes[0] === 0xfe && bytes[1] === 0xff ? "utf-16be" : "utf-8").decode(
    bytes.subarray(0, 4096),
  );
  const format = meta.format ?? detectFormat(meta.name, head);
  const refuse = (message: string) => ({ format, articles: [], errors: [{ item: "", message }] });
  const tooLarge = sizeProblem(format, bytes.length);
  if (tooLarge) return refuse(tooLarge);
  if (format === "text") return { format, ...parseText(bytes, meta.origin) };
  const decoded = decodeInput(bytes, { ...(meta.charset ? { declared: meta.charset } : {}), sniff: format === "html" || format === "feed" });
  if (!decoded.ok) return refuse(decoded.reason);
  const text = decoded.text;
  try {
    switch (format) {
      case "html":
        return { format, ...parseHtmlPage(text, meta.origin, meta.pageUrl) };
      case "feed":
        return { format, ...(await parseFeed(text, meta.origin)) };
      case "csv":
        return { format, ...parseCsv(text, meta.origin) };
      case "jsonl":
        return { format, ...parseJsonLines(text, meta.origin) };
      case "json":
        return { format, ...parseJson(text, meta.origin) };
    }
  } catch (err) {
    // The parsers refuse what they understand; this is a library failing on input it did not expect.
    return refuse(`cannot read it as ${format}: ${(err as Error).message}`);
  }
}

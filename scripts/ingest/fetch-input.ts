import { MAX_INPUT_BYTES, sizeProblem } from "../../lib/ingest/formats/limits";
import type { InputMeta } from "../../lib/ingest/formats/parse-input";
import { xmlRootName } from "../../lib/ingest/formats/xml-root";
import { contentFormat } from "./content-type";
import { fetchUrl } from "./fetch-url";

export type FetchedInput = { ok: true; bytes: Uint8Array; meta: InputMeta } | { ok: false; reason: string };

const ACCEPT = "text/html, application/xhtml+xml;q=0.9, application/rss+xml;q=0.8, application/atom+xml;q=0.8, application/xml;q=0.5";

/**
 * An http(s) URL fetched as an input of `npm run ingest`: within `timeoutMs`, at most the size a
 * feed may have (then a page's own limit), and only when its Content-Type is a web page (text/html,
 * XHTML), a feed (RSS, Atom) or XML whose content is one of them; anything else (a PDF, an image,
 * JSON) is refused with its type. The page's final URL (after redirects) is its base and its URL
 * when it names no canonical one; the header's charset outranks the page's own.
 *
 * @example await fetchInput("https://example.org/news/1", 30_000)
 *   // { ok: true, bytes: Uint8Array(…), meta: { name: "https://example.org/news/1", origin: "https://example.org/news/1", pageUrl: "https://example.org/news/1", format: "html" } }
 */
export async function fetchInput(url: string, timeoutMs: number): Promise<FetchedInput> {
  const got = await fetchUrl(url, { timeoutMs, maxBytes: Math.max(MAX_INPUT_BYTES.html, MAX_INPUT_BYTES.feed), accept: ACCEPT });
  if (!got.ok) return { ok: false, reason: got.reason };
  const type = contentFormat(got.contentType);
  if (!type.format) {
    return { ok: false, reason: `unsupported content type ${type.type ? `"${type.type}"` : "(none given)"}: a web page (text/html) or a feed (RSS, Atom) is expected` };
  }
  const meta: InputMeta = { name: got.url, origin: url, pageUrl: got.url };
  if (type.charset) meta.charset = type.charset;
  // Generic XML is a feed unless it is XHTML: a sitemap or an API answer is then refused as "not a feed".
  const root = type.format === "xml" ? xmlRootName(new TextDecoder().decode(got.bytes.subarray(0, 4096))) : undefined;
  meta.format = type.format !== "xml" ? type.format : root === "html" || root === "!doctype html" ? "html" : "feed";
  const tooLarge = sizeProblem(meta.format, got.bytes.length);
  if (tooLarge) return { ok: false, reason: tooLarge };
  return { ok: true, bytes: got.bytes, meta };
}

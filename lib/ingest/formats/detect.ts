import type { InputFormat } from "./types";
import { xmlRootName } from "./xml-root";

const BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  html: "html", htm: "html", xhtml: "html", shtml: "html",
  xml: "feed", rss: "feed", atom: "feed",
  csv: "csv", tsv: "csv",
  jsonl: "jsonl", ndjson: "jsonl",
  json: "json",
  txt: "text", text: "text",
};

/**
 * The format of an input from its start (`head`, the first few KB as text) and its name or URL
 * path. The content decides when it is unmistakable, since files get misnamed and URLs have no
 * extension: an <rss>, <feed> (Atom) or <rdf:RDF> root is a feed, an <html> root or an HTML
 * doctype is a page. Otherwise the extension decides (.html .htm .xhtml, .xml .rss .atom, .csv .tsv,
 * .jsonl .ndjson, .json, .txt); with none known, other markup is a page, a first "{" is JSON
 * Lines, a first "[" a JSON array, and anything else is plain text.
 *
 * @example detectFormat("export.txt", '<?xml version="1.0"?><rss version="2.0">') // "feed"
 * @example detectFormat("wasat.csv", "title,text\n…") // "csv"
 * @example detectFormat("notes", "اشتباكات في ترهونة") // "text"
 */
export function detectFormat(name: string, head: string): InputFormat {
  const root = xmlRootName(head);
  if (root === "rss" || root === "feed" || root === "rdf:rdf") return "feed";
  if (root === "html" || root === "!doctype html") return "html";
  const base = name.replace(/[?#].*$/, "").split(/[\\/]/).pop() ?? "";
  const ext = base.includes(".") ? base.slice(base.lastIndexOf(".") + 1).toLowerCase() : "";
  const byName = BY_EXTENSION[ext];
  if (byName) return byName;
  if (root !== undefined) return "html";
  const first = head.replace(/^\uFEFF/, "").trimStart()[0];
  if (first === "{") return "jsonl";
  if (first === "[") return "json";
  return "text";
}

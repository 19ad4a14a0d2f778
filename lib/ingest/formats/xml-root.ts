// What may come before a document's first element: spaces, a BOM, <?xml …?> and other processing
// instructions, comments, and a <!DOCTYPE …> (which names an HTML page by itself).
const PROLOG = /^(?:\s+|\uFEFF|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)*/;

/**
 * The name of the first element of a markup document, lower-cased ("rss", "feed", "rdf:rdf",
 * "html", "div"…), "!doctype html" for an HTML doctype, or undefined when the text does not
 * begin with markup. Reads only the start, so a head of the file is enough.
 *
 * @example xmlRootName('<?xml version="1.0"?>\n<!-- feed --><rss version="2.0">') // "rss"
 * @example xmlRootName("<!DOCTYPE html><html>") // "!doctype html"
 * @example xmlRootName("اشتباكات في ترهونة") // undefined
 */
export function xmlRootName(head: string): string | undefined {
  const rest = head.slice(PROLOG.exec(head)?.[0].length ?? 0);
  const doctype = /^<!doctype\s+([^\s>[]+)[^>]*>/i.exec(rest);
  if (doctype) {
    if (doctype[1]!.toLowerCase() === "html") return "!doctype html";
    return xmlRootName(rest.slice(doctype[0].length));
  }
  const element = /^<([A-Za-z_][\w.:-]*)/.exec(rest);
  return element ? element[1]!.toLowerCase() : undefined;
}

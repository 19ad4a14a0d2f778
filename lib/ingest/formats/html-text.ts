import { parseHTML } from "linkedom";

// Elements that end a paragraph: their text must not run into the next one's ("ترهونةاندلعت"
// would hide both words from the geoparser, which is what Readability's textContent does).
const BLOCK = new Set([
  "ADDRESS", "ARTICLE", "ASIDE", "BLOCKQUOTE", "DD", "DETAILS", "DIV", "DL", "DT", "FIELDSET", "FIGCAPTION", "FIGURE",
  "FOOTER", "FORM", "H1", "H2", "H3", "H4", "H5", "H6", "HEADER", "HR", "LI", "MAIN", "NAV", "OL", "P", "PRE",
  "SECTION", "SUMMARY", "TABLE", "TBODY", "THEAD", "TFOOT", "TR", "UL",
]);
// Never the article's words: code, styles, embedded documents and images' fallbacks.
const SKIP = new Set(["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE", "IFRAME", "OBJECT", "SVG", "HEAD", "SELECT", "BUTTON"]);

/**
 * The readable text of a DOM node: paragraphs (block elements) separated by a blank line, <br> as
 * a line break, table cells by a space, every other run of whitespace one space, scripts and
 * styles left out. Offsets of mentions count in this text, so it is built once, here.
 *
 * @example nodeText(parseHTML("<p>في <b>سرت</b></p><p>وفي   سبها</p>").document.body) // "في سرت\n\nوفي سبها"
 */
export function nodeText(root: Node): string {
  let out = "";
  let pending: 0 | 1 | 2 = 0; // the break owed before the next words: none, a line, a paragraph
  const words = (raw: string) => {
    let s = raw.replace(/\s+/g, " ");
    if (pending > 0 || out === "") s = s.trimStart();
    if (s === "") return;
    if (pending > 0 && out !== "") out = out.trimEnd() + (pending === 2 ? "\n\n" : "\n");
    pending = 0;
    if (out.endsWith(" ") && s.startsWith(" ")) s = s.slice(1);
    out += s;
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3 /* text */) return words(node.nodeValue ?? "");
    if (node.nodeType !== 1 /* element */ && node.nodeType !== 9 && node.nodeType !== 11) return;
    // HTML tag names come upper-case, SVG's and XHTML's as written: compare them upper-cased.
    const upper = ((node as Element).tagName ?? "").toUpperCase();
    if (SKIP.has(upper)) return;
    if (upper === "BR") {
      pending = Math.max(pending, 1) as 1 | 2;
      return;
    }
    const block = BLOCK.has(upper);
    if (block) pending = 2;
    if (upper === "TD" || upper === "TH") words(" ");
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) pending = 2;
  };
  walk(root);
  return out.trimEnd();
}

/**
 * The readable text of an HTML fragment (a feed item's description, an Atom title), as
 * {@link nodeText} gives it; entities decoded, markup gone. Plain text comes back as it was,
 * with its whitespace collapsed.
 *
 * @example htmlToText("<p>اشتباكات في <a href='#'>ترهونة</a> &amp; غريان</p>") // "اشتباكات في ترهونة & غريان"
 */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return nodeText(document.body as unknown as Node);
}

import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { arabicLetterShare } from "../arabic-share";
import { checkArticleText } from "../check-article";
import { fallbackTitle } from "./fallback-title";
import { nodeText } from "./html-text";
import { pageMetadata } from "./page-metadata";
import type { ParsedInput } from "./types";

// "title | outlet" or "outlet - title": the outlet is split off at the last or the first separator.
const SEPARATOR = String.raw`(?:\s*[:|]\s+|\s+[-–—»•·]\s+)`;
const OUTLET_LAST = new RegExp(String.raw`^(.*\S)${SEPARATOR}(.+)$`);
const OUTLET_FIRST = new RegExp(String.raw`^(.+?)${SEPARATOR}(.*\S)$`);
/**
 * The fewest letters a page's body may have: less is an index, a login or an error page whose menu
 * Readability fell back to, not an article (a feed's summary may be shorter; a page's article is not).
 */
export const MIN_PAGE_BODY_LETTERS = 80;

// A part of the title names the outlet when it holds the outlet's name ("بوابة الوسط الإخبارية"),
// or at least half of its words ("الوسط" of "بوابة الوسط"), not one word of three ("طرابلس" of
// "طرابلس بوست الإخبارية", which may well be the news).
function namesOutlet(part: string, outlet: string): boolean {
  if (part.includes(outlet)) return true;
  const words = part.split(/\s+/);
  const outletWords = outlet.split(/\s+/);
  return words.every((w) => outletWords.includes(w)) && words.length * 2 >= outletWords.length;
}

/** A <title> without the outlet's name: "اشتباكات في ترهونة | بوابة الوسط" → "اشتباكات في ترهونة". */
function withoutOutlet(title: string, source: string | undefined): string {
  if (!source) return title;
  const last = OUTLET_LAST.exec(title);
  if (last && namesOutlet(last[2]!.trim(), source)) return last[1]!;
  const first = OUTLET_FIRST.exec(title);
  if (first && namesOutlet(first[1]!.trim(), source)) return first[2]!;
  return title;
}

/**
 * One saved or fetched web page as an article: the body Readability finds (navigation, footers,
 * ads and sidebars left out), its text with paragraphs kept apart; title, outlet, canonical URL
 * and publication day from the page's metadata (lib/ingest/formats/page-metadata), the title
 * falling back to the page's <title> without its outlet, then the body's first line. `pageUrl`
 * is where the page was fetched from, if it was. A page with no readable body, a body shorter than
 * {@link MIN_PAGE_BODY_LETTERS} letters, or one that is not an Arabic article, is refused as a
 * whole (item "").
 *
 * @example parseHtmlPage(html, "saved/wasat-2020-06-05.html")
 *   // { articles: [{ title: "اشتباكات في ترهونة", source: "بوابة الوسط", url: "https://…", published: { from: "2020-06-05", to: "2020-06-05" }, text: "…", origin: "saved/wasat-2020-06-05.html" }], errors: [] }
 */
export function parseHtmlPage(html: string, origin: string, pageUrl?: string): ParsedInput {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  if (!doc.documentElement) return { articles: [], errors: [{ item: "", message: "not an HTML page: no <html> element" }] };
  const meta = pageMetadata(doc, html, pageUrl);
  const pageTitle = doc.querySelector("title")?.textContent?.replace(/\s+/g, " ").trim() ?? "";
  let parsed: ReturnType<Readability<Node>["parse"]>;
  try {
    // The serializer hands back the body's node itself, so its text is walked once, paragraphs kept.
    parsed = new Readability<Node>(doc, { serializer: (node) => node }).parse();
  } catch (err) {
    return { articles: [], errors: [{ item: "", message: `cannot read the page: ${(err as Error).message}` }] };
  }
  const text = parsed?.content ? nodeText(parsed.content) : "";
  if (text === "") return { articles: [], errors: [{ item: "", message: "no article body found in the page (Readability found no readable text)" }] };
  const check = checkArticleText(text);
  if (!check.ok) return { articles: [], errors: [{ item: "", message: `the page's article body: ${check.reason}` }] };
  const { letters } = arabicLetterShare(text);
  if (letters < MIN_PAGE_BODY_LETTERS) {
    return {
      articles: [],
      errors: [{ item: "", message: `no article in the page: its readable text has ${letters} letters (at least ${MIN_PAGE_BODY_LETTERS} needed); an index or an error page?` }],
    };
  }
  const title = meta.title ?? (pageTitle ? withoutOutlet(pageTitle, meta.source ?? parsed?.siteName ?? undefined) : "");
  return {
    articles: [
      {
        title: title || fallbackTitle(text),
        text,
        ...(meta.source ? { source: meta.source } : {}),
        ...(meta.url ? { url: meta.url } : {}),
        published: meta.day ? { from: meta.day, to: meta.day } : null,
        origin,
      },
    ],
    errors: [],
  };
}

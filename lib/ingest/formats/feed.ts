import Parser from "rss-parser";
import { fallbackTitle } from "./fallback-title";
import type { NewArticle } from "../../store/types";
import { checkArticleText } from "../check-article";
import { canonicalUrl } from "./canonical-url";
import { dayOf } from "./day-of";
import { htmlToText } from "./html-text";
import { itemOrigin, type ItemError, type ParsedInput } from "./types";
import { xmlRootName } from "./xml-root";

type Extra = { "content:encoded"?: unknown; "khabar:published"?: unknown; "khabar:updated"?: unknown; date?: unknown; guid?: unknown };

// rss-parser turns an Atom entry's <published>/<updated> into an ISO string with
// new Date(…).toISOString(), which throws on a bad date and loses the whole feed for one entry.
// Renamed before it sees them, they reach us as they were written and are checked item by item.
const parser = new Parser<Record<string, unknown>, Extra>({
  xml2js: { tagNameProcessors: [(name: string) => (name === "published" || name === "updated" ? `khabar:${name}` : name)] },
  customFields: { item: ["khabar:published", "khabar:updated"] },
});

/** A value xml2js gave as a string, or as { _: string } when the element had attributes. */
function str(v: unknown): string {
  if (typeof v === "string") return v;
  if (v !== null && typeof v === "object" && typeof (v as { _?: unknown })._ === "string") return (v as { _: string })._;
  return "";
}

/** "Unexpected close tag\nLine: 3\nColumn: 47\nChar: >" → "Unexpected close tag (line 4, column 47)". */
function xmlProblem(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  const m = /^([^\n]*)\nLine: (\d+)\nColumn: (\d+)/.exec(message);
  return m ? `${m[1]} (line ${Number(m[2]) + 1}, column ${m[3]})` : message.replace(/\s+/g, " ").trim();
}

/**
 * The articles of an RSS 2.0 or Atom feed, one per item or entry: the full text (RSS
 * content:encoded, Atom content) when present, else the description or summary with
 * `summary: true`, HTML stripped to text with paragraphs kept; the item's title (else the text's
 * first line), link (resolved against the feed's own link), pubDate / published / updated as the
 * day written, and the feed's title as `source`. An item with no text, a link that is not http(s),
 * a date that is not a date, or a text that is not an Arabic article is refused as "item N"; the
 * other items still come out. A file that is not a well-formed feed is refused as a whole.
 *
 * @example await parseFeed(xml, "feeds/wasat.xml")
 *   // { articles: [{ title: "…", text: "…", url: "https://…", published: { from: "2020-06-05", to: "2020-06-05" }, source: "بوابة الوسط", origin: "feeds/wasat.xml#item 1" }],
 *   //   errors: [{ item: "item 2", message: "no text: the item has neither content:encoded nor a description" }] }
 */
export async function parseFeed(xml: string, origin: string): Promise<ParsedInput> {
  const root = xmlRootName(xml.slice(0, 4096));
  const atom = root === "feed";
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(xml);
  } catch (err) {
    return { articles: [], errors: [{ item: "", message: `not a readable RSS or Atom feed: ${xmlProblem(err)}` }] };
  }
  const source = htmlToText(str(feed.title)) || undefined;
  const base = canonicalUrl(str(feed.link)) ?? undefined;
  const articles: NewArticle[] = [];
  const errors: ItemError[] = [];
  feed.items.forEach((raw, i) => {
    const item = `item ${i + 1}`;
    const refuse = (message: string) => errors.push({ item, message });
    // Atom: <content> is the article, <summary> a summary. RSS: content:encoded is the article and
    // rss-parser puts <description> in `content`.
    const full = htmlToText(atom ? str(raw.content) : str(raw["content:encoded"]));
    const short = full ? "" : htmlToText(atom ? str(raw.summary) : str(raw.content));
    const text = full || short;
    if (text === "") {
      return refuse(atom ? "no text: the entry has neither content nor a summary" : "no text: the item has neither content:encoded nor a description");
    }
    const check = checkArticleText(text);
    if (!check.ok) return refuse(check.reason);
    // An RSS <guid> is a permalink unless it says otherwise: the link when the item has no <link>.
    const guid = str(raw.guid).trim();
    const rawLink = str(raw.link).trim() || (/^https?:\/\//i.test(guid) ? guid : "");
    const url = rawLink ? canonicalUrl(rawLink, base) : null;
    if (rawLink && url === null) return refuse(`link "${rawLink}" is not an http(s) URL`);
    const [dateField, rawDate] = atom
      ? str(raw["khabar:published"]).trim() ? ["published", str(raw["khabar:published"]).trim()] : ["updated", str(raw["khabar:updated"]).trim()]
      : str(raw.pubDate).trim() ? ["pubDate", str(raw.pubDate).trim()] : ["dc:date", str(raw.date).trim()];
    const day = rawDate ? dayOf(rawDate) : null;
    if (rawDate && day === null) return refuse(`${dateField} "${rawDate}" is not a date (RFC 822 or ISO 8601)`);
    const article: NewArticle = {
      title: htmlToText(str(raw.title)) || fallbackTitle(text),
      text,
      ...(source ? { source } : {}),
      ...(url ? { url } : {}),
      published: day ? { from: day, to: day } : null,
      origin: itemOrigin(origin, item),
    };
    if (!full) article.summary = true;
    articles.push(article);
  });
  return { articles, errors };
}

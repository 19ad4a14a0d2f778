import { fallbackTitle } from "./fallback-title";
import type { NewArticle } from "../../store/types";
import { checkArticleText } from "../check-article";
import { canonicalUrl } from "./canonical-url";
import { dayOf } from "./day-of";
import { htmlToText } from "./html-text";
import { fieldName, RECORD_FIELDS, type RecordField } from "./record-fields";

// Scrapers often export the article's HTML as it was: text with these tags is read as HTML.
const LOOKS_LIKE_HTML = /<\/?(?:p|br|div|span|a|strong|em|b|i|h[1-6]|ul|ol|li|blockquote|figure|img|article|section)\b[^>]*>/i;
const DATE_WORDS = "yyyy-mm-dd or an ISO 8601 / RFC 822 timestamp";

export type RecordResult = { ok: true; article: NewArticle } | { ok: false; message: string };

/**
 * One CSV row or JSON Lines object as an article. `record` maps column names or keys (any case or
 * spacing, see lib/ingest/formats/record-fields) to values; null and "" count as absent. The text
 * is read as HTML when it carries tags; the date is `date` (one day) or the range
 * `published_from`/`published_to` (one end alone is one day); the title falls back to the text's
 * first line. A missing text, a value of the wrong type, a bad date or URL, or a text that is not
 * an Arabic article is refused with a message naming the column.
 *
 * @example articleFromRecord({ Title: "خبر", Body: "اشتباكات في ترهونة", Date: "2020-06-05" }, "a.csv#row 2")
 *   // { ok: true, article: { title: "خبر", text: "اشتباكات في ترهونة", published: { from: "2020-06-05", to: "2020-06-05" }, origin: "a.csv#row 2" } }
 */
export function articleFromRecord(record: Readonly<Record<string, unknown>>, origin: string): RecordResult {
  const byName = new Map<string, [string, unknown]>();
  for (const [key, value] of Object.entries(record)) {
    const name = fieldName(key);
    const present = value !== null && value !== undefined && !(typeof value === "string" && value.trim() === "");
    if (present && !byName.has(name)) byName.set(name, [key, value]);
  }
  let wrongType: string | undefined;
  const get = (field: RecordField): string | undefined => {
    for (const name of RECORD_FIELDS[field]) {
      const hit = byName.get(name);
      if (!hit) continue;
      if (typeof hit[1] === "string") return hit[1];
      wrongType ??= `${hit[0]} must be a string, got ${Array.isArray(hit[1]) ? "an array" : typeof hit[1]}`;
      return undefined;
    }
    return undefined;
  };
  const fail = (message: string): RecordResult => ({ ok: false, message });

  const fullText = get("text");
  const summaryText = fullText === undefined ? get("summary") : undefined;
  const title = get("title");
  const rawUrl = get("url");
  const rawDate = get("date");
  const rawFrom = get("from");
  const rawTo = get("to");
  const source = get("source")?.replace(/\s+/g, " ").trim();
  if (wrongType) return fail(wrongType);

  const raw = fullText ?? summaryText;
  if (raw === undefined) return fail(`no text: none of ${[...RECORD_FIELDS.text, ...RECORD_FIELDS.summary].join(", ")} has a value`);
  const text = LOOKS_LIKE_HTML.test(raw) ? htmlToText(raw) : raw.replace(/\r\n?/g, "\n").trim();
  const check = checkArticleText(text);
  if (!check.ok) return fail(check.reason);

  let published: NewArticle["published"] = null;
  if (rawDate !== undefined && (rawFrom !== undefined || rawTo !== undefined)) {
    return fail("both a date and published_from/published_to: give one or the other");
  }
  if (rawDate !== undefined) {
    const day = dayOf(rawDate);
    if (day === null) return fail(`date "${rawDate.trim()}" is not a date (${DATE_WORDS})`);
    published = { from: day, to: day };
  } else if (rawFrom !== undefined || rawTo !== undefined) {
    const from = dayOf(rawFrom ?? rawTo!);
    const to = dayOf(rawTo ?? rawFrom!);
    if (from === null) return fail(`published_from "${(rawFrom ?? rawTo)!.trim()}" is not a date (${DATE_WORDS})`);
    if (to === null) return fail(`published_to "${(rawTo ?? rawFrom)!.trim()}" is not a date (${DATE_WORDS})`);
    if (from > to) return fail(`published_from (${from}) is after published_to (${to})`);
    published = { from, to };
  }

  let url: string | undefined;
  if (rawUrl !== undefined) {
    const canonical = canonicalUrl(rawUrl);
    if (canonical === null) return fail(`url "${rawUrl.trim()}" is not an http(s) URL`);
    url = canonical;
  }

  const article: NewArticle = {
    title: title?.replace(/\s+/g, " ").trim() || fallbackTitle(text),
    text,
    ...(source ? { source } : {}),
    ...(url ? { url } : {}),
    published,
    origin,
  };
  if (fullText === undefined) article.summary = true;
  return { ok: true, article };
}

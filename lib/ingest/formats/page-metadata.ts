import { canonicalUrl } from "./canonical-url";
import { dayOf } from "./day-of";

/** What a page says about its article in its markup, before any body extraction. */
export type PageMetadata = { title?: string; source?: string; url?: string; day?: string };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

// Browsers write where a saved page came from in its first comment; it is the base when the page
// has no absolute canonical link of its own.
const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i;
const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$/; // NewsArticle, ReportageNewsArticle, Article…

const clean = (s: string | null | undefined) => {
  const t = (s ?? "").replace(/\s+/g, " ").trim();
  return t === "" ? undefined : t;
};

function meta(doc: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    for (const el of doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)) {
      const v = clean(el.getAttribute("content"));
      if (v) return v;
    }
  }
  return undefined;
}

/** Every JSON-LD object of the page, @graph members and arrays flattened; a block that is not JSON is skipped. */
function jsonLdObjects(doc: Document): Record<string, Json>[] {
  const out: Record<string, Json>[] = [];
  const visit = (v: Json) => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v !== null && typeof v === "object") {
      out.push(v);
      if (v["@graph"] !== undefined) visit(v["@graph"]);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? "") as Json);
    } catch {
      // A broken JSON-LD block says nothing; the meta tags and <time> may still.
    }
  }
  return out;
}

const types = (o: Record<string, Json>) => [o["@type"]].flat().filter((t): t is string => typeof t === "string");
const nameOf = (v: Json | undefined): string | undefined => {
  if (typeof v === "string") return clean(v);
  if (Array.isArray(v)) return v.map(nameOf).find(Boolean);
  if (v !== null && typeof v === "object") return typeof v.name === "string" ? clean(v.name) : undefined;
  return undefined;
};

/**
 * Title, outlet, canonical URL and publication day from a page's markup: og:title or the JSON-LD
 * article's headline; og:site_name or the JSON-LD publisher's name; link rel=canonical or og:url
 * (resolved against `pageUrl`, the page's <base> or the browser's "saved from" note); and
 * article:published_time, the JSON-LD article's datePublished, or the <time datetime> inside the
 * <article> (else the first one on the page), as yyyy-mm-dd. Call it before Readability, which
 * changes the document. Missing or malformed values are simply left out.
 *
 * @example pageMetadata(parseHTML('<meta property="og:site_name" content="الوسط">').document, html) // { source: "الوسط" }
 */
export function pageMetadata(doc: Document, html: string, pageUrl?: string): PageMetadata {
  const ld = jsonLdObjects(doc);
  const article = ld.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t)));
  const ldString = (key: string) => (article && typeof article[key] === "string" ? clean(article[key] as string) : undefined);

  const base = pageUrl ?? clean(doc.querySelector("base[href]")?.getAttribute("href")) ?? SAVED_FROM.exec(html.slice(0, 4096))?.[1];
  const canonical = [...doc.querySelectorAll("link[rel]")]
    .filter((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"))
    .map((l) => l.getAttribute("href") ?? "");
  const urls = [...canonical, meta(doc, "og:url") ?? "", typeof article?.url === "string" ? article.url : "", base ?? ""];
  const url = urls.map((u) => (u.trim() ? canonicalUrl(u, base) : null)).find((u) => u !== null) ?? undefined;

  const times = [
    ...doc.querySelectorAll("article time[datetime]"),
    ...doc.querySelectorAll('time[itemprop="datePublished"][datetime], time[pubdate][datetime]'),
    ...doc.querySelectorAll("time[datetime]"),
  ].map((t) => t.getAttribute("datetime") ?? "");
  const dates = [meta(doc, "article:published_time", "datePublished", "pubdate", "publishdate", "DC.date.issued"), ldString("datePublished"), ...times];
  const day = dates.map((d) => (d ? dayOf(d) : null)).find((d) => d !== null) ?? undefined;

  const result: PageMetadata = {};
  const title = meta(doc, "og:title", "twitter:title") ?? ldString("headline");
  const source = meta(doc, "og:site_name") ?? nameOf(article?.publisher);
  if (title) result.title = title;
  if (source) result.source = source;
  if (url) result.url = url;
  if (day) result.day = day;
  return result;
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { segmentArticle } from "@/lib/corpus/segments";
import { ARTICLE_ID } from "@/lib/url-state";
import { corpus } from "../../_lib/corpus";
import { dateDir, formatDateRange } from "@/components/i18n/format";
import { t } from "@/components/i18n/i18n";
import { placeViewHref } from "@/components/view-state/links";
import { parseViewState, viewHref, type Lang } from "@/lib/url-state";

type Params = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Rendered per request from the store: an article ingested a minute ago has its page, an id the
// store does not hold is a 404, and ?lang= keeps a reader from the Arabic map in Arabic.
export const dynamic = "force-dynamic";

/** The stored article of a URL segment, or undefined for a malformed or unknown id. */
function articleOf(id: string) {
  return ARTICLE_ID.test(id) ? corpus().store.getArticle(id) : undefined;
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const article = articleOf(id);
  return article ? { title: `${article.title} — Khabar Map` } : { title: "Article not found — Khabar Map" };
}

/**
 * The whole article, right to left, every mention highlighted and linked to its place on the map.
 * The interface around it is in the language of `?lang=` (English by default), and every link
 * back to the map keeps that language.
 */
export default async function ArticlePage({ params, searchParams }: Params) {
  const { id } = await params;
  const lang: Lang = parseViewState(await searchParams).lang ?? "en";
  const article = articleOf(id);
  if (!article) notFound();
  const { gazetteer } = corpus();
  const mentions = article.mentions.map((m) => ({ ...m, articleId: article.id }));
  const names = gazetteer.byId;
  const paragraphs = segmentArticle(article.text, mentions);
  const placeCounts = new Map<string, number>();
  for (const m of mentions) placeCounts.set(m.placeId, (placeCounts.get(m.placeId) ?? 0) + 1);
  const inLang = lang === "ar" ? { lang } : {};
  const dir = lang === "ar" ? "rtl" : "ltr";

  return (
    <main className="article-page" lang={lang} dir={dir}>
      <nav className="article-nav">
        <a href={viewHref(inLang)}>{t(lang, "backToMap")}</a>
        {" · "}
        <a href={viewHref({ articles: [article.id], ...inLang })} className="show-on-map">
          {t(lang, "showThisArticle")}
        </a>
      </nav>
      <article lang="ar" dir="rtl" data-article-id={article.id}>
        <h1>{article.title}</h1>
        <p className="article-facts" lang={lang} dir={dir}>
          <bdi className="article-date" dir={dateDir(lang)}>{formatDateRange(article.published, lang)}</bdi> ·{" "}
          {t(lang, "placeMentions", { n: mentions.length })} · <bdi dir="ltr">{article.origin}</bdi>
          {article.source ? (
            <>
              {" · "}
              <bdi>{article.source}</bdi>
            </>
          ) : null}
        </p>
        <div className="article-body">
          {paragraphs.map((segments, i) => (
            <p key={i}>
              {segments.map((s) => {
                if (s.kind === "text") return s.text;
                const place = names.get(s.mention.placeId);
                const name = (lang === "ar" ? place?.nameAr : place?.nameEn) ?? s.mention.placeId;
                return (
                  <mark key={s.mention.id} id={`m-${s.mention.start}`} data-place-id={s.mention.placeId}>
                    <a href={placeViewHref(s.mention.placeId, { mention: s.mention.id, ...inLang })} title={t(lang, "placeOnMap", { x: name })}>
                      {s.text}
                    </a>
                  </mark>
                );
              })}
            </p>
          ))}
        </div>
      </article>
      <section className="article-places" aria-labelledby="places-heading">
        <h2 id="places-heading">{t(lang, "placesInArticle")}</h2>
        <ul>
          {[...placeCounts].map(([placeId, n]) => {
            const p = names.get(placeId);
            const en = (
              <span lang="en" dir="ltr">
                {p?.nameEn ?? placeId}
              </span>
            );
            const ar = (
              <span lang="ar" dir="rtl">
                {p?.nameAr}
              </span>
            );
            return (
              <li key={placeId}>
                <a href={placeViewHref(placeId, inLang)}>
                  {lang === "ar" ? ar : en} {lang === "ar" ? en : ar} · {n}
                </a>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}

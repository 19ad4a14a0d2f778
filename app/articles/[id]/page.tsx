import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getArticle, getCorpusIndex, segmentArticle } from "@/lib/corpus";
import { formatDateRange } from "@/components/format";
import { placeViewHref } from "@/components/links";
import { viewHref } from "@/lib/url-state";

type Params = { params: Promise<{ id: string }> };

// Every article is rendered at build time; any other id is a 404.
export const dynamicParams = false;

export function generateStaticParams(): { id: string }[] {
  return getCorpusIndex().articles.map((a) => ({ id: a.id }));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { id } = await params;
  const meta = getCorpusIndex().articleById.get(id);
  return meta ? { title: `${meta.title} — Khabar Map` } : { title: "Article not found — Khabar Map" };
}

/** The whole article, right to left, every mention highlighted and linked to its place on the map. */
export default async function ArticlePage({ params }: Params) {
  const { id } = await params;
  const article = getArticle(id);
  if (!article) notFound();
  const index = getCorpusIndex();
  const mentions = index.mentionsByArticle.get(article.id) ?? [];
  const names = new Map(index.places.map((p) => [p.id, p]));
  const paragraphs = segmentArticle(article.text, mentions);
  const placeCounts = new Map<string, number>();
  for (const m of mentions) placeCounts.set(m.placeId, (placeCounts.get(m.placeId) ?? 0) + 1);

  return (
    <main className="article-page">
      <nav className="article-nav">
        <a href="/">← Back to the map</a>
        {" · "}
        <a href={viewHref({ articles: [article.id] })} className="show-on-map">
          Show this article on the map
        </a>
      </nav>
      <article lang="ar" dir="rtl" data-article-id={article.id}>
        <h1>{article.title}</h1>
        <p className="article-facts" lang="en" dir="ltr">
          {formatDateRange(article.published)} · {mentions.length} place mentions · {article.file}
          {article.source ? ` · ${article.source}` : ""}
        </p>
        <div className="article-body">
          {paragraphs.map((segments, i) => (
            <p key={i}>
              {segments.map((s) =>
                s.kind === "text" ? (
                  s.text
                ) : (
                  <mark key={s.mention.id} id={`m-${s.mention.start}`} data-place-id={s.mention.placeId}>
                    <a
                      href={placeViewHref(s.mention.placeId, s.mention.id)}
                      title={`${names.get(s.mention.placeId)?.nameEn ?? s.mention.placeId} on the map`}
                    >
                      {s.text}
                    </a>
                  </mark>
                ),
              )}
            </p>
          ))}
        </div>
      </article>
      <section className="article-places" aria-labelledby="places-heading">
        <h2 id="places-heading">Places in this article</h2>
        <ul>
          {[...placeCounts].map(([placeId, n]) => {
            const p = names.get(placeId);
            return (
              <li key={placeId}>
                <a href={placeViewHref(placeId)}>
                  {p?.nameEn ?? placeId} <span lang="ar">{p?.nameAr}</span> · {n}
                </a>
              </li>
            );
          })}
        </ul>
      </section>
    </main>
  );
}

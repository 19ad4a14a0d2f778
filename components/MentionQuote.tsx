import type { QuotedMention } from "@/lib/corpus/mentions-page";
import { articleMentionHref } from "./article-link";
import { PASTED_ARTICLE_ID } from "@/lib/corpus/pasted-id";
import { formatDateRange } from "./format";

/**
 * One quote: the sentence in Arabic with the place name marked at the index's offsets (never a
 * re-search of the text), then the article's title, dates and a link to the article at that spot.
 */
export function MentionQuote({ mention }: { mention: QuotedMention }) {
  const { text, highlightStart, highlightEnd } = mention.excerpt;
  return (
    <li className="quote" data-mention-id={mention.id}>
      <blockquote lang="ar" dir="rtl">
        {text.slice(0, highlightStart)}
        <mark>{text.slice(highlightStart, highlightEnd)}</mark>
        {text.slice(highlightEnd)}
      </blockquote>
      <p className="quote-source">
        {mention.articleId === PASTED_ARTICLE_ID ? (
          <>
            <span className="unsaved-badge">unsaved</span>{" "}
            <span lang="ar" dir="rtl">
              {mention.article.title}
            </span>
          </>
        ) : (
          <a href={articleMentionHref(mention.articleId, mention.start)} lang="ar" dir="rtl">
            {mention.article.title}
          </a>
        )}
        <span className="quote-date">{formatDateRange(mention.article.published)}</span>
      </p>
    </li>
  );
}

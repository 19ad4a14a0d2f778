import type { QuotedMention } from "@/lib/corpus/mentions-page";
import { articleMentionHref } from "./article-link";
import { PASTED_ARTICLE_ID } from "@/lib/corpus/pasted-id";
import { UnsavedBadge } from "./UnsavedBadge";
import { formatDateRange } from "./format";
import { CopyLinkButton } from "./CopyLinkButton";
import { t } from "./i18n";
import { useViewContext } from "./view-context";

/**
 * One quote: the sentence in Arabic with the place name marked at the index's offsets (never a
 * re-search of the text), then the article's title, dates and a link to the article at that spot.
 * The quote is always in Arabic. Clicking it (or copying its link) selects it: the URL then opens
 * the map at this quote.
 */
export function MentionQuote({ mention, placeId }: { mention: QuotedMention; placeId?: string }) {
  const { text, highlightStart, highlightEnd } = mention.excerpt;
  const view = useViewContext();
  const selected = view.mention === mention.id;
  const shareable = placeId !== undefined && mention.articleId !== PASTED_ARTICLE_ID;
  return (
    <li className="quote" data-mention-id={mention.id} aria-current={selected ? "true" : undefined}>
      <blockquote lang="ar" dir="rtl" onClick={shareable ? () => view.selectMention(mention.id) : undefined}>
        {text.slice(0, highlightStart)}
        <mark>{text.slice(highlightStart, highlightEnd)}</mark>
        {text.slice(highlightEnd)}
      </blockquote>
      <p className="quote-source">
        {mention.articleId === PASTED_ARTICLE_ID ? (
          <>
            <UnsavedBadge />{" "}
            <span lang="ar" dir="rtl">
              {mention.article.title}
            </span>
          </>
        ) : (
          <a href={articleMentionHref(mention.articleId, mention.start)} lang="ar" dir="rtl">
            {mention.article.title}
          </a>
        )}
        <span className="quote-date" dir="ltr">{formatDateRange(mention.article.published)}</span>
      </p>
      {shareable && (
        <span onClickCapture={() => view.selectMention(mention.id)}>
          <CopyLinkButton href={view.quoteHref(placeId, mention.id)} lang={view.lang} label={t(view.lang, "copyQuoteLink")} />
        </span>
      )}
    </li>
  );
}

import type { QuotedMention } from "@/lib/corpus/mentions-page";
import { articleMentionHref } from "./article-link";
import { PASTED_ARTICLE_ID } from "@/lib/corpus/pasted-id";
import { UnsavedBadge } from "./UnsavedBadge";
import { dateDir, formatDateRange } from "./format";
import { CopyLinkButton } from "./CopyLinkButton";
import { t } from "./i18n";
import { useViewContext } from "./view-context";

/**
 * One quote: the sentence in Arabic with the place name marked at the index's offsets (never a
 * re-search of the text), then the article's title, dates and a link to the article at that spot.
 * The quote is always in Arabic. Copying its link selects it (by mouse or keyboard alike): the URL
 * then opens the map at this quote. The sentence itself is left to reading and selecting text.
 */
export function MentionQuote({ mention, placeId }: { mention: QuotedMention; placeId?: string }) {
  const { text, highlightStart, highlightEnd } = mention.excerpt;
  const view = useViewContext();
  const selected = view.mention === mention.id;
  const shareable = placeId !== undefined && mention.articleId !== PASTED_ARTICLE_ID;
  return (
    <li className="quote" data-mention-id={mention.id} aria-current={selected ? "true" : undefined}>
      <blockquote lang="ar" dir="rtl">
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
          <a href={articleMentionHref(mention.articleId, mention.start, view.lang)} lang="ar" dir="rtl">
            {mention.article.title}
          </a>
        )}
        <span className="quote-date" lang={view.lang} dir={dateDir(view.lang)}>
          {formatDateRange(mention.article.published, view.lang)}
        </span>
      </p>
      {shareable && (
        <span onClickCapture={() => view.selectMention(mention.id)}>
          <CopyLinkButton
            getHref={() => view.quoteHref(placeId, mention.id)}
            lang={view.lang}
            label={t(view.lang, "copyQuoteLink")}
          />
        </span>
      )}
    </li>
  );
}

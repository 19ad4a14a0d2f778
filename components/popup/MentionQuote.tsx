import type { QuotedMention } from "@/lib/corpus/mentions-page";
import { articleMentionHref } from "./article-link";
import { PASTED_ARTICLE_ID } from "@/lib/corpus/pasted-id";
import { UnsavedBadge } from "../paste/UnsavedBadge";
import { dateDir, formatDateRange } from "../i18n/format";
import { CopyLinkButton } from "../shell/CopyLinkButton";
import { t } from "../i18n/i18n";
import { useViewContext } from "../view-state/view-context";
import { quoteSegments } from "./quote-marks";
import { CueMark, EventLabel } from "./EventLabel";
import { cueInExcerpt, splitAtCue } from "../map/event-style";

/**
 * One quote: the sentence in Arabic with the place name marked at the index's offsets (never a
 * re-search of the text) and the words of the map's topic marked too, then the article's title,
 * outlet, dates and a link to the article at that spot.
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
      <EventLabel event={mention.event} lang={view.lang} />
      <blockquote lang="ar" dir="rtl">
        {splitAtCue(quoteSegments(text, { start: highlightStart, end: highlightEnd }, view.what), cueInExcerpt(mention, mention.event?.cue)).map((s, i) =>
          s.cue ? (
            <CueMark key={i} lang={view.lang} mark={s.mark}>
              {s.text}
            </CueMark>
          ) : s.mark === "place" ? (
            <mark key={i}>{s.text}</mark>
          ) : s.mark === "topic" ? (
            <mark key={i} className="topic-mark">
              {s.text}
            </mark>
          ) : (
            s.text
          ),
        )}
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
        {mention.article.source && (
          <bdi className="quote-outlet" dir="auto">
            {mention.article.source}
          </bdi>
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

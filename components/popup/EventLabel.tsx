import type { ReactNode } from "react";
import type { Lang } from "@/lib/url-state";
import { eventLabel, type QuoteEvent } from "../map/event-style";
import { et } from "../i18n/event-strings";
import "../map/events.css";

/**
 * A quote's small label: what its sentence reports at the place ("strike", "civil"…), with the
 * role's glyph so it reads without colour, in the interface language. Nothing for an unlabelled
 * quote.
 */
export function EventLabel({ event, lang }: { event: QuoteEvent | undefined; lang: Lang }) {
  const label = eventLabel(event, lang);
  if (!label) return null;
  return (
    <span className={`event-label event-label--${label.role}`} lang={lang} data-role={label.role} data-kind={event?.kind}>
      <span className="visually-hidden">{et(lang, "quoteLabel")}</span>
      <span className="event-glyph" aria-hidden="true">
        {label.glyph}
      </span>
      <span className="event-label-text">{label.text}</span>
    </span>
  );
}

/**
 * A run of the cue words inside a quote: underlined (not only coloured), its title saying why; a
 * run that is also the place's name or a topic word keeps that mark inside the underline.
 */
export function CueMark({ lang, mark, children }: { lang: Lang; mark?: "place" | "topic"; children: ReactNode }) {
  const inner = mark === "place" ? <mark>{children}</mark> : mark === "topic" ? <mark className="topic-mark">{children}</mark> : children;
  return (
    <u className="event-cue" title={et(lang, "cueTitle")}>
      {inner}
    </u>
  );
}

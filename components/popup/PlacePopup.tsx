"use client";
import { useEffect, useRef } from "react";
import type { ShownPlace } from "@/lib/corpus/merge-pasted";
import { MentionList } from "./MentionList";
import { KIND_LABELS } from "../i18n/kind-labels";
import { formatPrecision } from "../i18n/format";
import { KIND_LABELS_AR, mentionCount, t } from "../i18n/i18n";
import { useViewContext } from "../view-state/view-context";

/** The content of a place's popup: names, kind, precision, then its quotes. */
export function PlacePopup({
  place,
  onChange,
  onDismiss,
  focusOnOpen = false,
}: {
  place: ShownPlace;
  /** the content changed size (quotes arrived, another page) */
  onChange?: () => void;
  /** Escape inside the popup */
  onDismiss?: () => void;
  /** take focus when shown (opened from a list, so the quotes come next for a keyboard) */
  focusOnOpen?: boolean;
}) {
  const self = useRef<HTMLElement>(null);
  const { lang } = useViewContext();
  useEffect(() => {
    if (focusOnOpen) self.current?.focus({ preventScroll: true });
  }, [focusOnOpen]);
  return (
    <section
      ref={self}
      className="place-popup"
      aria-labelledby={`popup-title-${place.id}`}
      data-place-id={place.id}
      tabIndex={-1}
      onKeyDown={(e) => {
        if (e.key === "Escape" && onDismiss) {
          e.stopPropagation();
          onDismiss();
        }
      }}
    >
      <h2 id={`popup-title-${place.id}`} className="place-title">
        {lang === "ar" ? (
          <>
            <span className="name-ar name-first" lang="ar" dir="rtl">
              {place.nameAr}
            </span>
            <span className="name-en" lang="en" dir="ltr">
              {place.nameEn}
            </span>
          </>
        ) : (
          <>
            <span className="name-en name-first">{place.nameEn}</span>
            <span className="name-ar" lang="ar" dir="rtl">
              {place.nameAr}
            </span>
          </>
        )}
      </h2>
      <p className="place-meta">
        {lang === "ar" ? KIND_LABELS_AR[place.kind] : KIND_LABELS[place.kind]} ·{" "}
        {t(lang, "position", { x: "" }).trim()} <bdi dir="ltr">{formatPrecision(place.precisionKm, lang)}</bdi> ·{" "}
        {mentionCount(lang, place.count)}
      </p>
      <MentionList placeId={place.id} total={place.count} onChange={onChange} />
    </section>
  );
}

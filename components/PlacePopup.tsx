"use client";
import { useEffect, useRef } from "react";
import type { PlaceSummary } from "@/lib/corpus/types";
import { MentionList } from "./MentionList";
import { KIND_LABELS } from "./kind-labels";
import { formatPrecision } from "./format";

/** The content of a place's popup: names, kind, precision, then its quotes. */
export function PlacePopup({
  place,
  onChange,
  onDismiss,
  focusOnOpen = false,
}: {
  place: PlaceSummary;
  /** the content changed size (quotes arrived, another page) */
  onChange?: () => void;
  /** Escape inside the popup */
  onDismiss?: () => void;
  /** take focus when shown (opened from a list, so the quotes come next for a keyboard) */
  focusOnOpen?: boolean;
}) {
  const self = useRef<HTMLElement>(null);
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
        <span className="name-en">{place.nameEn}</span>
        <span className="name-ar" lang="ar" dir="rtl">
          {place.nameAr}
        </span>
      </h2>
      <p className="place-meta">
        {KIND_LABELS[place.kind]} · position {formatPrecision(place.precisionKm)} · {place.count}{" "}
        {place.count === 1 ? "mention" : "mentions"}
      </p>
      <MentionList placeId={place.id} total={place.count} onChange={onChange} />
    </section>
  );
}

"use client";
import type { Lang } from "@/lib/url-state";
import { t } from "../i18n/i18n";

/** Shown over the map when the filters leave no place: says so and offers to clear them. */
export function EmptyState({ lang, onClear }: { lang: Lang; onClear: () => void }) {
  return (
    <div className="empty-state" role="status">
      <p>{t(lang, "emptyTitle")}</p>
      <button type="button" onClick={onClear}>
        {t(lang, "clearFilters")}
      </button>
    </div>
  );
}

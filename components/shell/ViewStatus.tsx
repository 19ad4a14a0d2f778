"use client";
import type { Lang } from "@/lib/url-state";
import { t } from "../i18n/i18n";

/**
 * Over the map while its data for a new filter is on the way (the previous data stays drawn) or
 * when it could not be fetched, with a way to try again. Empty and silent when the data is current.
 */
export function ViewStatus({ lang, status, message, onRetry }: { lang: Lang; status: "ready" | "loading" | "error"; message?: string; onRetry: () => void }) {
  return (
    <div className="view-status" data-status={status}>
      <span role="status">{status === "loading" ? t(lang, "viewLoading") : ""}</span>
      {status === "error" && (
        <p role="alert" className="view-error">
          {t(lang, "viewError", { x: message ?? "" })}{" "}
          <button type="button" onClick={onRetry}>
            {t(lang, "retry")}
          </button>
        </p>
      )}
    </div>
  );
}

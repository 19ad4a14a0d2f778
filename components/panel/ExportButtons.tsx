"use client";
import type { MouseEvent } from "react";
import { exportHref } from "./export-href";
import { usePastedArticleContext } from "../paste/pasted-context";
import { pt } from "../paste/paste-strings";
import { useViewContext } from "../view-state/view-context";

/** Points the link at the view as it is now (the query string changes as the person explores). */
function aimAtCurrentView(format: "csv" | "geojson") {
  return (e: MouseEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = exportHref(format, window.location.search);
  };
}

/**
 * Downloads of the current filtered view's mentions from GET /api/export (CSV is UTF-8 with a
 * BOM so spreadsheets show the Arabic). Decision: exports cover saved articles only; a pasted
 * article never reaches the server, and the panel says so while one is shown.
 */
export function ExportButtons() {
  const pasted = usePastedArticleContext();
  const { lang } = useViewContext();
  return (
    <section className="export-buttons" aria-label={pt(lang, "exportLabel")}>
      <span className="export-label">{pt(lang, "exportLead")}</span>
      <a className="tool-button" href="/api/export?format=csv" download onClick={aimAtCurrentView("csv")}>
        CSV
      </a>
      <a className="tool-button" href="/api/export?format=geojson" download onClick={aimAtCurrentView("geojson")}>
        GeoJSON
      </a>
      {pasted?.index && <p className="muted export-note">{pt(lang, "exportSavedOnly")}</p>}
    </section>
  );
}

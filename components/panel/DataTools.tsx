"use client";
import { AddArticlePanel } from "../paste/AddArticlePanel";
import { ExportButtons } from "./ExportButtons";

/** The side panel's foot: add a pasted article, download the current view. */
export function DataTools() {
  return (
    <div className="data-tools">
      <AddArticlePanel />
      <ExportButtons />
    </div>
  );
}

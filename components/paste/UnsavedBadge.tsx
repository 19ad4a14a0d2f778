"use client";
import { pt } from "./paste-strings";
import { useViewContext } from "../view-state/view-context";

/** The "unsaved" mark of the pasted article's places, quotes and list rows. */
export function UnsavedBadge() {
  const { lang } = useViewContext();
  return <span className="unsaved-badge">{pt(lang, "unsaved")}</span>;
}

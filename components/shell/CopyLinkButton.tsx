"use client";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "@/lib/url-state";
import { absoluteUrl, copyText } from "./copy-text";
import { t } from "../i18n/i18n";

type Status = "idle" | "copied" | "failed";

export type CopyLinkButtonProps = {
  /**
   * The link's path and query, e.g. "/?p=sirte&m=003:120", read when the button is pressed: a
   * popup is not re-rendered when the map moves under it, so a link made earlier would be stale.
   */
  getHref: () => string;
  lang: Lang;
  /** visible text, which is also the button's name (defaults to "Copy link") */
  label?: string;
  /** what a short label copies, as a tooltip and the accessible description */
  title?: string;
  className?: string;
};

/**
 * A button that copies an absolute link and says so ("Link copied", in an aria-live region).
 * When copying fails the link is shown selected, so it can always be taken by hand. The name is
 * the visible text (speech users say what they see); `title` describes it.
 */
export function CopyLinkButton({ getHref, lang, label, title, className }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<Status>("idle");
  const [copied, setCopied] = useState("");
  const timer = useRef<number | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (status === "failed") field.current?.select();
  }, [status]);

  const copy = async () => {
    const url = absoluteUrl(getHref());
    const ok = await copyText(url);
    setCopied(url);
    setStatus(ok ? "copied" : "failed");
    window.clearTimeout(timer.current);
    if (ok) timer.current = window.setTimeout(() => setStatus("idle"), 4000);
  };

  return (
    <span className={`copy-link ${className ?? ""}`}>
      <button type="button" onClick={copy} title={title}>
        {label ?? t(lang, "copyLink")}
      </button>
      <span className="copy-status" role="status" aria-live="polite" data-copied-url={status === "copied" ? copied : undefined}>
        {status === "copied" ? t(lang, "linkCopied") : status === "failed" ? t(lang, "copyFailed") : ""}
      </span>
      {status === "failed" && (
        <input ref={field} className="copy-fallback" readOnly value={copied} aria-label={t(lang, "copyLink")} dir="ltr" />
      )}
    </span>
  );
}

"use client";
import { useEffect, useRef, useState } from "react";
import type { Lang } from "@/lib/url-state";
import { absoluteUrl, copyText } from "./copy-text";
import { t } from "./i18n";

type Status = "idle" | "copied" | "failed";

export type CopyLinkButtonProps = {
  /** the link's path and query, e.g. "/?p=sirte&m=003:120" */
  href: string;
  lang: Lang;
  /** visible text (defaults to "Copy link") */
  label?: string;
  /** accessible name when the visible label is short */
  title?: string;
  className?: string;
};

/**
 * A button that copies an absolute link and says so ("Link copied", in an aria-live region).
 * The link is also on the button as data-href, and shown selected when copying failed, so it
 * can always be taken by hand.
 */
export function CopyLinkButton({ href, lang, label, title, className }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<Status>("idle");
  const [copied, setCopied] = useState("");
  const timer = useRef<number | undefined>(undefined);
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  useEffect(() => {
    if (status === "failed") field.current?.select();
  }, [status]);

  const copy = async () => {
    const url = absoluteUrl(href);
    const ok = await copyText(url);
    setCopied(url);
    setStatus(ok ? "copied" : "failed");
    window.clearTimeout(timer.current);
    if (ok) timer.current = window.setTimeout(() => setStatus("idle"), 4000);
  };

  return (
    <span className={`copy-link ${className ?? ""}`}>
      <button type="button" onClick={copy} data-href={href} title={title} aria-label={title}>
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

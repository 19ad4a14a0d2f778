"use client";
import { useId, useRef, useState, type FormEvent } from "react";
import { checkPastedArticle, MAX_PASTED_BYTES, type PastedField } from "@/lib/ingest/check-pasted";
import type { PasteProblem } from "@/lib/ingest/paste-problem";
import { copyText } from "../shell/copy-text";
import { dateDir, formatDateRange } from "../i18n/format";
import { usePastedArticleContext } from "./pasted-context";
import { pastedErrorText, problemText, pt } from "./paste-strings";
import { UnsavedBadge } from "./UnsavedBadge";
import { useViewContext } from "../view-state/view-context";
import { shareLink } from "./use-pasted-article";
import "./paste.css";

// Kept as a code, worded at render: switching language re-words a message already shown.
type FieldError = { field: PastedField; problem: PasteProblem } | null;

/**
 * "Add an article": a dialog to paste Arabic text (with an optional title and date) that is
 * geoparsed in the browser and drawn at once as unsaved; then the pasted article's summary, its
 * share link (or why it cannot have one) and a way to remove it.
 */
export function AddArticlePanel() {
  const pasted = usePastedArticleContext();
  const dialog = useRef<HTMLDialogElement>(null);
  const [fieldError, setFieldError] = useState<FieldError>(null);
  const [copied, setCopied] = useState(false);
  const id = useId();
  const { lang } = useViewContext();
  if (!pasted) return null;
  const { index, share, busy, error, notice } = pasted;

  const open = () => {
    pasted.preload();
    setFieldError(null);
    dialog.current?.showModal();
  };

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const checked = checkPastedArticle({
      text: String(form.get("text") ?? ""),
      title: String(form.get("title") ?? ""),
      date: String(form.get("date") ?? ""),
    });
    if (!checked.ok) {
      setFieldError({ field: checked.field, problem: checked.problem });
      return;
    }
    setFieldError(null);
    setCopied(false);
    const added = await pasted.add({
      text: checked.text,
      ...(checked.title ? { title: checked.title } : {}),
      published: checked.published,
    });
    if (added) dialog.current?.close();
  };

  const copy = async () => {
    if (!share?.ok) return;
    setCopied(await copyText(shareLink(share.fragment)));
  };

  const errorFor = (field: PastedField) =>
    fieldError?.field === field ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {problemText(lang, fieldError.problem)}
      </p>
    ) : null;
  const describedBy = (field: PastedField) => (fieldError?.field === field ? `${id}-${field}-error` : undefined);
  const mentions = index ? index.places.reduce((n, p) => n + p.count, 0) : 0;

  return (
    <section className="add-article" aria-label={pt(lang, "addArticle")}>
      <button type="button" className="tool-button" onClick={open} aria-haspopup="dialog">
        {pt(lang, index ? "replaceArticle" : "addArticle")}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {pastedErrorText(lang, error)}
        </p>
      )}
      {index && (
        <div className="pasted-summary" data-testid="pasted-summary">
          <p>
            <UnsavedBadge />{" "}
            <span lang="ar" dir="rtl" className="pasted-title">
              {index.article.title}
            </span>
            {index.article.published && (
              <>
                {" "}
                <bdi dir={dateDir(lang)} lang={lang} className="pasted-date">
                  {formatDateRange(index.article.published, lang)}
                </bdi>
              </>
            )}
          </p>
          {notice && (
            <p className="muted" role="status">
              {problemText(lang, notice)}
            </p>
          )}
          <p className="muted">{pt(lang, "summary", { n: index.places.length, x: mentions })}</p>
          {share?.ok && (
            <div className="share-row">
              <label htmlFor={`${id}-share`}>{pt(lang, "shareLink")}</label>
              <input
                key={share.fragment}
                id={`${id}-share`}
                readOnly
                defaultValue={shareLink(share.fragment)}
                onFocus={(e) => {
                  e.currentTarget.value = shareLink(share.fragment);
                  e.currentTarget.select();
                }}
              />
              <button type="button" className="tool-button" onClick={copy}>
                {pt(lang, copied ? "copied" : "copy")}
              </button>
            </div>
          )}
          {share && !share.ok && (
            <p className="share-error" role="status">
              {problemText(lang, share.problem)}
            </p>
          )}
          <button type="button" className="tool-button" onClick={pasted.remove}>
            {pt(lang, "removeArticle")}
          </button>
        </div>
      )}
      <dialog ref={dialog} className="add-article-dialog" aria-labelledby={`${id}-title`}>
        <form method="dialog" onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>{pt(lang, "addArticle")}</h2>
          <p className="muted">{pt(lang, "dialogHelp", { n: MAX_PASTED_BYTES / 1024 })}</p>
          <label htmlFor={`${id}-text`}>{pt(lang, "textLabel")}</label>
          <textarea
            id={`${id}-text`}
            name="text"
            lang="ar"
            dir="rtl"
            rows={9}
            aria-invalid={fieldError?.field === "text" || undefined}
            aria-describedby={describedBy("text")}
          />
          {errorFor("text")}
          <label htmlFor={`${id}-title-input`}>{pt(lang, "titleLabel")}</label>
          <input
            id={`${id}-title-input`}
            name="title"
            lang="ar"
            dir="auto"
            aria-invalid={fieldError?.field === "title" || undefined}
            aria-describedby={describedBy("title")}
          />
          {errorFor("title")}
          <label htmlFor={`${id}-date`}>{pt(lang, "dateLabel")}</label>
          <input
            id={`${id}-date`}
            name="date"
            type="date"
            aria-invalid={fieldError?.field === "date" || undefined}
            aria-describedby={describedBy("date")}
          />
          {errorFor("date")}
          <div className="dialog-actions">
            <button type="button" className="tool-button" onClick={() => dialog.current?.close()}>
              {pt(lang, "cancel")}
            </button>
            <button type="submit" className="tool-button primary" disabled={busy}>
              {pt(lang, busy ? "busy" : "submit")}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}

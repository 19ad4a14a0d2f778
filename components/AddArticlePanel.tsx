"use client";
import { useId, useRef, useState, type FormEvent } from "react";
import { checkPastedArticle, MAX_PASTED_BYTES } from "@/lib/ingest/check-pasted";
import { copyText } from "./copy-text";
import { usePastedArticleContext } from "./pasted-context";
import { pt } from "./paste-strings";
import { UnsavedBadge } from "./UnsavedBadge";
import { useViewContext } from "./view-context";
import { shareLink } from "./use-pasted-article";
import "./paste.css";

type FieldError = { field: "text" | "title" | "date"; error: string } | null;

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
  const { index, share, busy, error } = pasted;

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
      setFieldError({ field: checked.field, error: checked.error });
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

  const errorFor = (field: "text" | "title" | "date") =>
    fieldError?.field === field ? (
      <p id={`${id}-${field}-error`} className="field-error" role="alert">
        {fieldError.error}
      </p>
    ) : null;
  const describedBy = (field: "text" | "title" | "date") => (fieldError?.field === field ? `${id}-${field}-error` : undefined);
  const mentions = index ? index.places.reduce((n, p) => n + p.count, 0) : 0;

  return (
    <section className="add-article" aria-label={pt(lang, "addArticle")}>
      <button type="button" className="tool-button" onClick={open} aria-haspopup="dialog">
        {pt(lang, index ? "replaceArticle" : "addArticle")}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {index && (
        <div className="pasted-summary" data-testid="pasted-summary">
          <p>
            <UnsavedBadge />{" "}
            <span lang="ar" dir="rtl" className="pasted-title">
              {index.article.title}
            </span>
          </p>
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
              {share.error}
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

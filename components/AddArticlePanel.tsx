"use client";
import { useId, useRef, useState, type FormEvent } from "react";
import { checkPastedArticle, MAX_PASTED_BYTES } from "@/lib/ingest/check-pasted";
import { usePastedArticleContext } from "./pasted-context";
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
    try {
      await navigator.clipboard.writeText(shareLink(share.fragment));
      setCopied(true);
    } catch {
      setCopied(false);
    }
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
    <section className="add-article" aria-label="Add an article">
      <button type="button" className="tool-button" onClick={open} aria-haspopup="dialog">
        {index ? "Replace the pasted article" : "Add an article"}
      </button>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {index && (
        <div className="pasted-summary" data-testid="pasted-summary">
          <p>
            <span className="unsaved-badge">unsaved</span>{" "}
            <span lang="ar" dir="rtl" className="pasted-title">
              {index.article.title}
            </span>
          </p>
          <p className="muted">
            {index.places.length} {index.places.length === 1 ? "place" : "places"}, {mentions}{" "}
            {mentions === 1 ? "mention" : "mentions"}. Kept in this tab and its link only; never sent to the server.
          </p>
          {share?.ok && (
            <div className="share-row">
              <label htmlFor={`${id}-share`}>Share link</label>
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
                {copied ? "Copied" : "Copy"}
              </button>
            </div>
          )}
          {share && !share.ok && (
            <p className="share-error" role="status">
              {share.error}
            </p>
          )}
          <button type="button" className="tool-button" onClick={pasted.remove}>
            Remove the pasted article
          </button>
        </div>
      )}
      <dialog ref={dialog} className="add-article-dialog" aria-labelledby={`${id}-title`}>
        <form method="dialog" onSubmit={submit} noValidate>
          <h2 id={`${id}-title`}>Add an article</h2>
          <p className="muted">
            Paste the Arabic text of a news article (up to {MAX_PASTED_BYTES / 1024} KB). Its places are found in your browser
            and shown as unsaved; the text is not sent to the server.
          </p>
          <label htmlFor={`${id}-text`}>Arabic text</label>
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
          <label htmlFor={`${id}-title-input`}>Title (optional)</label>
          <input
            id={`${id}-title-input`}
            name="title"
            lang="ar"
            dir="auto"
            aria-invalid={fieldError?.field === "title" || undefined}
            aria-describedby={describedBy("title")}
          />
          {errorFor("title")}
          <label htmlFor={`${id}-date`}>Published on (optional)</label>
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
              Cancel
            </button>
            <button type="submit" className="tool-button primary" disabled={busy}>
              {busy ? "Finding places…" : "Show on the map"}
            </button>
          </div>
        </form>
      </dialog>
    </section>
  );
}

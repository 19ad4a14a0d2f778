import { arabicLetterShare, MIN_ARABIC_LETTER_SHARE } from "./arabic-share";
import { isIsoDate } from "./iso-date";
import type { PasteProblem } from "./paste-problem";

/** The most text "Add an article" takes: 100 KB of UTF-8, as POST /api/geoparse. */
export const MAX_PASTED_BYTES = 100 * 1024;
/** Longest title a shared link carries (lib/ingest share-text). */
export const MAX_PASTED_TITLE_CHARS = 500;

export type PastedFields = { text: string; title?: string; date?: string };
export type PastedField = "text" | "title" | "date";
export type PastedCheck =
  | { ok: true; text: string; title?: string; published: { from: string; to: string } | null }
  | { ok: false; field: PastedField; problem: PasteProblem };

/**
 * Checks what a person typed into "Add an article" before the geoparser runs: some text, at most
 * {@link MAX_PASTED_BYTES}, mostly Arabic letters; an optional title of at most 500 characters;
 * an optional date written yyyy-mm-dd. A refusal names the field and the problem as a code with
 * its figures (the interface words it in the reader's language).
 *
 * @example checkPastedArticle({ text: "Hello" })
 *   // { ok: false, field: "text", problem: { code: "text-not-arabic", percent: 0, letters: 5, min: 50 } }
 */
export function checkPastedArticle(fields: PastedFields): PastedCheck {
  const { text } = fields;
  const refuse = (field: PastedField, problem: PasteProblem): PastedCheck => ({ ok: false, field, problem });
  if (text.trim() === "") return refuse("text", { code: "text-empty" });
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PASTED_BYTES) return refuse("text", { code: "text-too-long", bytes, max: MAX_PASTED_BYTES });
  const { letters, share } = arabicLetterShare(text);
  if (letters === 0) return refuse("text", { code: "text-no-letters" });
  if (share < MIN_ARABIC_LETTER_SHARE) {
    return refuse("text", {
      code: "text-not-arabic",
      percent: Math.round(share * 100),
      letters,
      min: MIN_ARABIC_LETTER_SHARE * 100,
    });
  }
  const title = fields.title?.trim() ?? "";
  if (title.length > MAX_PASTED_TITLE_CHARS) {
    return refuse("title", { code: "title-too-long", chars: title.length, max: MAX_PASTED_TITLE_CHARS });
  }
  const date = fields.date?.trim() ?? "";
  if (date !== "" && !isIsoDate(date)) return refuse("date", { code: "date-invalid", value: date });
  return {
    ok: true,
    text,
    ...(title ? { title } : {}),
    published: date ? { from: date, to: date } : null,
  };
}

import { arabicLetterShare, MIN_ARABIC_LETTER_SHARE } from "./arabic-share";
import { isIsoDate } from "./iso-date";

/** The most text "Add an article" takes: 100 KB of UTF-8, as POST /api/geoparse. */
export const MAX_PASTED_BYTES = 100 * 1024;
/** Longest title a shared link carries (lib/ingest share-text). */
export const MAX_PASTED_TITLE_CHARS = 500;

export type PastedFields = { text: string; title?: string; date?: string };
export type PastedCheck =
  | { ok: true; text: string; title?: string; published: { from: string; to: string } | null }
  | { ok: false; field: "text" | "title" | "date"; error: string };

/**
 * Checks what a person typed into "Add an article" before the geoparser runs: some text, at most
 * {@link MAX_PASTED_BYTES}, mostly Arabic letters; an optional title of at most 500 characters;
 * an optional date written yyyy-mm-dd. The error says what to change, and which field.
 *
 * @example checkPastedArticle({ text: "Hello" })
 *   // { ok: false, field: "text", error: "This is not Arabic text: 0% of its 5 letters are Arabic (at least 50% needed)." }
 */
export function checkPastedArticle(fields: PastedFields): PastedCheck {
  const { text } = fields;
  if (text.trim() === "") return { ok: false, field: "text", error: "Paste the Arabic text of an article first." };
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PASTED_BYTES) {
    return {
      ok: false,
      field: "text",
      error: `The text is too long: ${bytes.toLocaleString("en")} bytes (at most ${MAX_PASTED_BYTES.toLocaleString("en")} bytes, 100 KB). Paste a shorter part, or add the article with npm run ingest.`,
    };
  }
  const { letters, share } = arabicLetterShare(text);
  if (letters === 0) return { ok: false, field: "text", error: "This is not Arabic text: it contains no letters." };
  if (share < MIN_ARABIC_LETTER_SHARE) {
    return {
      ok: false,
      field: "text",
      error: `This is not Arabic text: ${Math.round(share * 100)}% of its ${letters} letters are Arabic (at least ${MIN_ARABIC_LETTER_SHARE * 100}% needed).`,
    };
  }
  const title = fields.title?.trim() ?? "";
  if (title.length > MAX_PASTED_TITLE_CHARS) {
    return { ok: false, field: "title", error: `The title is too long: ${title.length} characters (at most ${MAX_PASTED_TITLE_CHARS}).` };
  }
  const date = fields.date?.trim() ?? "";
  if (date !== "" && !isIsoDate(date)) {
    return { ok: false, field: "date", error: `The date must be a real date written yyyy-mm-dd, e.g. 2020-06-05 (got "${date}").` };
  }
  return {
    ok: true,
    text,
    ...(title ? { title } : {}),
    published: date ? { from: date, to: date } : null,
  };
}

import { arabicLetterShare, MIN_ARABIC_LETTER_SHARE } from "./arabic-share";
import { decodeUtf8Strict } from "./utf8";

/** The largest article accepted: 1 MiB, of a file's bytes or of an extracted text's UTF-8. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ArticleCheck =
  | { ok: true; text: string }
  | { ok: false; reason: string };

export type TextCheck = { ok: true } | { ok: false; reason: string };

const sizeWords = (bytes: number, what: string) =>
  `too large: ${bytes.toLocaleString("en")} bytes${what} (at most ${MAX_ARTICLE_BYTES.toLocaleString("en")} bytes, 1 MiB)`;

/**
 * Decides whether a text taken out of a page, a feed item or a table row can become an article:
 * not empty, at most {@link MAX_ARTICLE_BYTES} once written as UTF-8, and mostly Arabic (≥ 50% of
 * its letters). The same rules as {@link checkArticle} applies to a file's bytes, for texts that
 * never were a file of their own.
 *
 * @example checkArticleText("Clashes in Tarhuna")
 *   // { ok: false, reason: "not Arabic text: 0% of its 16 letters are Arabic (at least 50% needed)" }
 */
export function checkArticleText(text: string): TextCheck {
  if (text.trim() === "") return { ok: false, reason: text === "" ? "no text" : "no text (only whitespace)" };
  // Cheap bound first: UTF-8 takes at most 3 bytes per UTF-16 unit, so short texts skip the encoding.
  if (text.length * 3 > MAX_ARTICLE_BYTES) {
    const bytes = Buffer.byteLength(text, "utf8");
    if (bytes > MAX_ARTICLE_BYTES) return { ok: false, reason: sizeWords(bytes, " of UTF-8 text") };
  }
  const { letters, share } = arabicLetterShare(text);
  if (letters === 0) return { ok: false, reason: "not Arabic text: it contains no letters" };
  if (share < MIN_ARABIC_LETTER_SHARE) {
    return {
      ok: false,
      reason: `not Arabic text: ${Math.round(share * 100)}% of its ${letters} letters are Arabic (at least ${MIN_ARABIC_LETTER_SHARE * 100}% needed)`,
    };
  }
  return { ok: true };
}

/**
 * Decides whether the bytes of a file can become an article, in this order: size (at most
 * {@link MAX_ARTICLE_BYTES}), not binary (no NUL byte), valid UTF-8, not empty, then
 * {@link checkArticleText}. The reason names what is wrong in words a person can act on. Whether
 * the text is a copy of another is the store's to say (lib/store addArticles, by
 * lib/ingest/duplicate-key and the canonical URL), since only it sees every stored article.
 *
 * @example checkArticle(new TextEncoder().encode("hello"))
 * // { ok: false, reason: "not Arabic text: 0% of its 5 letters are Arabic (at least 50% needed)" }
 */
export function checkArticle(bytes: Uint8Array): ArticleCheck {
  if (bytes.length > MAX_ARTICLE_BYTES) return { ok: false, reason: sizeWords(bytes.length, "") };
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `looks like a binary file: NUL byte at byte offset ${nul}` };
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) {
    const bad = bytes[decoded.offset] ?? 0;
    return {
      ok: false,
      reason: `not valid UTF-8: invalid byte sequence at byte offset ${decoded.offset} (byte 0x${bad.toString(16).padStart(2, "0")})`,
    };
  }
  const text = decoded.text;
  if (text.trim() === "") return { ok: false, reason: bytes.length === 0 ? "empty file" : "empty file (only whitespace)" };
  const textCheck = checkArticleText(text);
  if (!textCheck.ok) return textCheck;
  return { ok: true, text };
}

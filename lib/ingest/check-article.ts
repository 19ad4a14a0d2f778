import { arabicLetterShare, MIN_ARABIC_LETTER_SHARE } from "./arabic-share";
import { duplicateKey } from "./duplicate-key";
import { decodeUtf8Strict } from "./utf8";

/** The largest article file accepted: 1 MiB. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

export type ArticleCheck =
  | { ok: true; text: string; key: string }
  | { ok: false; reason: string };

/**
 * Decides whether the bytes of a file can become an article, in this order: size (at most
 * {@link MAX_ARTICLE_BYTES}), not binary (no NUL byte), valid UTF-8, not empty, mostly Arabic
 * (≥ 50% of its letters), and not the same normalised text as one in `known` (key → file name).
 * The reason names what is wrong in words a person can act on.
 *
 * @example checkArticle(new TextEncoder().encode("hello"), new Map())
 * // { ok: false, reason: "not Arabic text: 0% of its 5 letters are Arabic (at least 50% needed)" }
 */
export function checkArticle(bytes: Uint8Array, known: ReadonlyMap<string, string>): ArticleCheck {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: `too large: ${bytes.length.toLocaleString("en")} bytes (at most ${MAX_ARTICLE_BYTES.toLocaleString("en")} bytes, 1 MiB)`,
    };
  }
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
  const { letters, share } = arabicLetterShare(text);
  if (letters === 0) return { ok: false, reason: "not Arabic text: it contains no letters" };
  if (share < MIN_ARABIC_LETTER_SHARE) {
    return {
      ok: false,
      reason: `not Arabic text: ${Math.round(share * 100)}% of its ${letters} letters are Arabic (at least ${MIN_ARABIC_LETTER_SHARE * 100}% needed)`,
    };
  }
  const key = duplicateKey(text);
  const same = known.get(key);
  if (same !== undefined) return { ok: false, reason: `duplicate of ${same} (same text once normalised)` };
  return { ok: true, text, key };
}

import LZString from "lz-string";
import { z } from "zod";

/**
 * The longest fragment (characters after "#") a shared pasted article may take. URLs this long
 * open in every current browser (Chrome ~2 MB, Firefox ~1 MB, Safari ~80 K characters), but chat
 * apps and mail clients start cutting links around here; past it, sharing is refused with a message.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 16_000;
/** The most text a decoded fragment may expand to, so a crafted link cannot inflate without bound. */
export const MAX_SHARED_TEXT_CHARS = 100_000;

const KEY = "article=";
const payloadSchema = z
  .object({ v: z.literal(1), text: z.string().min(1).max(MAX_SHARED_TEXT_CHARS), title: z.string().max(500).optional() })
  .strict();

export type EncodeResult = { ok: true; fragment: string } | { ok: false; error: string };
export type DecodeResult = { ok: true; text: string; title?: string } | { ok: false; error: string };

/**
 * Packs a pasted article into a URL fragment ("article=…", without "#"), lz-string compressed.
 * The fragment never reaches the server. Too long → an error saying by how much.
 *
 * @example encodeArticleForUrl("اشتباكات في ترهونة") // { ok: true, fragment: "article=N4Ig…" }
 */
export function encodeArticleForUrl(text: string, title?: string): EncodeResult {
  if (text.trim() === "") return { ok: false, error: "There is no text to share." };
  const payload = title ? { v: 1, text, title } : { v: 1, text };
  const fragment = KEY + LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    const pct = Math.ceil((fragment.length / MAX_SHARE_FRAGMENT_CHARS) * 100);
    return {
      ok: false,
      error:
        `This article is too long to share in a link: compressed it takes ${fragment.length.toLocaleString("en")} characters, ` +
        `${pct}% of the ${MAX_SHARE_FRAGMENT_CHARS.toLocaleString("en")} allowed. Share a shorter excerpt, or add the article with npm run ingest.`,
    };
  }
  return { ok: true, fragment };
}

/**
 * Reads an article back from a URL fragment made by {@link encodeArticleForUrl} (with or without
 * the leading "#"). Anything else gives an error, never an exception.
 *
 * @example decodeArticleFromUrl(location.hash) // { ok: true, text: "…", title: "…" }
 */
export function decodeArticleFromUrl(fragment: string): DecodeResult {
  const f = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (!f.startsWith(KEY)) return { ok: false, error: "The link carries no shared article." };
  const packed = f.slice(KEY.length);
  if (packed.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, error: "The shared article in this link is too long." };
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(packed);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, error: "The shared article in this link is damaged (it may have been cut short)." };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, error: "The shared article in this link is damaged (it may have been cut short)." };
  }
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) return { ok: false, error: "The shared article in this link is not in a form this app reads." };
  return parsed.data.title === undefined
    ? { ok: true, text: parsed.data.text }
    : { ok: true, text: parsed.data.text, title: parsed.data.title };
}

import LZString from "lz-string";
import { z } from "zod";
import { MAX_PASTED_TITLE_CHARS } from "./check-pasted";
import { isIsoDate } from "./iso-date";
import type { PasteProblem } from "./paste-problem";

/**
 * The longest fragment (characters after "#") a shared pasted article may take. URLs this long
 * open in every current browser (Chrome ~2 MB, Firefox ~1 MB, Safari ~80 K characters), but chat
 * apps and mail clients start cutting links around here; past it, sharing is refused with a message.
 */
export const MAX_SHARE_FRAGMENT_CHARS = 16_000;
/** The most text a decoded fragment may expand to, so a crafted link cannot inflate without bound. */
export const MAX_SHARED_TEXT_CHARS = 100_000;

const KEY = "article=";
const text = z.string().min(1).max(MAX_SHARED_TEXT_CHARS);
const title = z.string().max(MAX_PASTED_TITLE_CHARS).optional();
// v1 (before dates travelled) is still read, so links shared then keep opening.
const v1Schema = z.object({ v: z.literal(1), text, title }).strict();
// The date is checked apart from the schema: a bad one is dropped, the article still opens.
const v2Schema = z.object({ v: z.literal(2), text, title, date: z.unknown().optional() }).strict();
const payloadSchema = z.union([v1Schema, v2Schema]);

/** What a share link carries: the text, and the title and day of publication when known. */
export type SharedArticle = { text: string; title?: string; date?: string };

export type EncodeResult = { ok: true; fragment: string } | { ok: false; problem: PasteProblem };
export type DecodeResult =
  | { ok: true; article: SharedArticle; notice?: Extract<PasteProblem, { code: "link-date-dropped" }> }
  | { ok: false; problem: PasteProblem };

/**
 * Packs a pasted article into a URL fragment ("article=…", without "#"), lz-string compressed.
 * The fragment never reaches the server. Too long → a problem saying by how much.
 *
 * @example encodeArticleForUrl({ text: "اشتباكات في ترهونة", date: "2020-06-05" }) // { ok: true, fragment: "article=N4Ig…" }
 */
export function encodeArticleForUrl(article: SharedArticle): EncodeResult {
  if (article.text.trim() === "") return { ok: false, problem: { code: "share-no-text" } };
  if (article.date !== undefined && !isIsoDate(article.date)) {
    return { ok: false, problem: { code: "date-invalid", value: article.date } };
  }
  const payload = {
    v: 2,
    text: article.text,
    ...(article.title ? { title: article.title } : {}),
    ...(article.date ? { date: article.date } : {}),
  };
  const fragment = KEY + LZString.compressToEncodedURIComponent(JSON.stringify(payload));
  if (fragment.length > MAX_SHARE_FRAGMENT_CHARS) {
    const percent = Math.ceil((fragment.length / MAX_SHARE_FRAGMENT_CHARS) * 100);
    return { ok: false, problem: { code: "share-too-long", chars: fragment.length, percent, max: MAX_SHARE_FRAGMENT_CHARS } };
  }
  return { ok: true, fragment };
}

/**
 * Reads an article back from a URL fragment made by {@link encodeArticleForUrl} (with or without
 * the leading "#"), including links made before dates travelled (v1). Anything else gives a
 * problem, never an exception. A date that is not a real yyyy-mm-dd day (a crafted or edited
 * link) is dropped and said so in `notice`; the text and title still open.
 *
 * @example decodeArticleFromUrl(location.hash) // { ok: true, article: { text: "…", title: "…", date: "2020-06-05" } }
 */
export function decodeArticleFromUrl(fragment: string): DecodeResult {
  const f = fragment.startsWith("#") ? fragment.slice(1) : fragment;
  if (!f.startsWith(KEY)) return { ok: false, problem: { code: "link-no-article" } };
  const packed = f.slice(KEY.length);
  if (packed.length > MAX_SHARE_FRAGMENT_CHARS) return { ok: false, problem: { code: "link-too-long" } };
  let json: string | null;
  try {
    json = LZString.decompressFromEncodedURIComponent(packed);
  } catch {
    json = null;
  }
  if (!json) return { ok: false, problem: { code: "link-damaged" } };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return { ok: false, problem: { code: "link-damaged" } };
  }
  const parsed = payloadSchema.safeParse(value);
  if (!parsed.success) return { ok: false, problem: { code: "link-unreadable" } };
  const p = parsed.data;
  const article: SharedArticle = { text: p.text, ...(p.title !== undefined ? { title: p.title } : {}) };
  if (p.v === 1 || p.date === undefined) return { ok: true, article };
  if (typeof p.date === "string" && isIsoDate(p.date)) return { ok: true, article: { ...article, date: p.date } };
  return { ok: true, article, notice: { code: "link-date-dropped" } };
}

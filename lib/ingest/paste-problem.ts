/**
 * Why a pasted article or a shared link was refused (or partly read), as a code and the values a
 * message needs, never as prose: lib/ stays language-free and the interface words each code in
 * the reader's language (components/paste/paste-strings).
 *
 * @example { code: "text-too-long", bytes: 102402, max: 102400 }
 */
export type PasteProblem =
  // checkPastedArticle (lib/ingest/check-pasted)
  | { code: "text-empty" }
  | { code: "text-too-long"; bytes: number; max: number }
  | { code: "text-no-letters" }
  | { code: "text-not-arabic"; percent: number; letters: number; min: number }
  | { code: "title-too-long"; chars: number; max: number }
  | { code: "date-invalid"; value: string }
  // encodeArticleForUrl (lib/ingest/share-text)
  | { code: "share-no-text" }
  | { code: "share-too-long"; chars: number; percent: number; max: number }
  // decodeArticleFromUrl (lib/ingest/share-text)
  | { code: "link-no-article" }
  | { code: "link-too-long" }
  | { code: "link-damaged" }
  | { code: "link-unreadable" }
  /** not a refusal: the link's article was read but its date was not a real yyyy-mm-dd date */
  | { code: "link-date-dropped" };

export type PasteProblemCode = PasteProblem["code"];

/** Every code, for tables that must word each one (checked by their tests). */
export const PASTE_PROBLEM_CODES = [
  "text-empty",
  "text-too-long",
  "text-no-letters",
  "text-not-arabic",
  "title-too-long",
  "date-invalid",
  "share-no-text",
  "share-too-long",
  "link-no-article",
  "link-too-long",
  "link-damaged",
  "link-unreadable",
  "link-date-dropped",
] as const satisfies readonly PasteProblemCode[];

// A code added to the union but not to the list fails to compile here.
type Unlisted = Exclude<PasteProblemCode, (typeof PASTE_PROBLEM_CODES)[number]>;
const _everyCodeListed: [Unlisted] extends [never] ? true : never = true;
void _everyCodeListed;

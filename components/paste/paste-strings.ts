import type { PasteProblem, PasteProblemCode } from "@/lib/ingest/paste-problem";
import type { Lang } from "@/lib/url-state";

type Entry = { en: string; ar: string };

/**
 * The strings of "Add an article", the export buttons and the unsaved marks, in English and
 * Arabic (the interface language comes from the view, components/view-context). Why a text or
 * link was refused comes from lib/ as a code ({@link PROBLEM_STRINGS} words it).
 */
export const PASTE_STRINGS = {
  addArticle: { en: "Add an article", ar: "إضافة مقال" },
  replaceArticle: { en: "Replace the pasted article", ar: "استبدال المقال الملصق" },
  removeArticle: { en: "Remove the pasted article", ar: "إزالة المقال الملصق" },
  unsaved: { en: "unsaved", ar: "غير محفوظ" },
  summary: {
    en: "{n} places, {x} mentions. Kept in this tab and its link only; never sent to the server.",
    ar: "الأماكن: {n}، الإشارات: {x}. يبقى في هذه الصفحة ورابطها فقط، ولا يُرسل إلى الخادم.",
  },
  shareLink: { en: "Share link", ar: "رابط المشاركة" },
  copy: { en: "Copy", ar: "نسخ" },
  copied: { en: "Copied", ar: "نُسخ" },
  dialogHelp: {
    en: "Paste the Arabic text of a news article (up to {n} KB). Its places are found in your browser and shown as unsaved; the text is not sent to the server.",
    ar: "الصق النص العربي لمقال إخباري (حتى {n} كيلوبايت). تُستخرج أماكنه في متصفحك وتظهر غير محفوظة، ولا يُرسل النص إلى الخادم.",
  },
  textLabel: { en: "Arabic text", ar: "النص العربي" },
  titleLabel: { en: "Title (optional)", ar: "العنوان (اختياري)" },
  dateLabel: { en: "Published on (optional)", ar: "تاريخ النشر (اختياري)" },
  cancel: { en: "Cancel", ar: "إلغاء" },
  submit: { en: "Show on the map", ar: "اعرضه على الخريطة" },
  busy: { en: "Finding places…", ar: "جارٍ استخراج الأماكن…" },
  exportLabel: { en: "Export", ar: "تصدير" },
  exportLead: { en: "Download this view:", ar: "تنزيل هذا العرض:" },
  exportSavedOnly: {
    en: "Exports cover saved articles only, not the unsaved pasted article.",
    ar: "يشمل التصدير المقالات المحفوظة فقط، لا المقال الملصق غير المحفوظ.",
  },
  linkFailed: { en: "The article in this link could not be opened: {x}", ar: "تعذّر فتح المقال في هذا الرابط: {x}" },
  loaderFailed: { en: "The geoparser could not be loaded: {x}", ar: "تعذّر تحميل مستخرج الأماكن: {x}" },
} as const satisfies Record<string, Entry>;

/**
 * A paste string in `lang`, with `{n}` / `{x}` filled.
 *
 * @example pt("ar", "unsaved") // → "غير محفوظ"
 */
export function pt(lang: Lang, key: keyof typeof PASTE_STRINGS, vars: { n?: number; x?: string | number } = {}): string {
  let s: string = PASTE_STRINGS[key][lang];
  // Replacer functions, so a "$&" in a filled value stays literal.
  const { n, x } = vars;
  if (n !== undefined) s = s.replaceAll("{n}", () => String(n));
  if (x !== undefined) s = s.replaceAll("{x}", () => String(x));
  return s;
}

/**
 * Each refusal lib/ingest reports (check-pasted, share-text), in both languages. `{name}` is
 * filled from the problem's value of that name; numbers keep Western digits, grouped as in the
 * rest of the interface, so both languages show the same figures.
 */
export const PROBLEM_STRINGS: Record<PasteProblemCode, Entry> = {
  "text-empty": { en: "Paste the Arabic text of an article first.", ar: "الصق أولًا النص العربي لمقال." },
  "text-too-long": {
    en: "The text is too long: {bytes} bytes (at most {max} bytes, {kb} KB). Paste a shorter part, or add the article with npm run ingest.",
    ar: "النص طويل جدًا: {bytes} بايت (الحد الأقصى {max} بايت، أي {kb} كيلوبايت). الصق جزءًا أقصر، أو أضف المقال بالأمر npm run ingest.",
  },
  "text-no-letters": { en: "This is not Arabic text: it contains no letters.", ar: "هذا ليس نصًا عربيًا: لا حروف فيه." },
  "text-not-arabic": {
    en: "This is not Arabic text: {percent}% of its {letters} letters are Arabic (at least {min}% needed).",
    ar: "هذا ليس نصًا عربيًا: الحروف العربية {percent}% فقط من حروفه، وعددها {letters} (المطلوب {min}% على الأقل).",
  },
  "title-too-long": {
    en: "The title is too long: {chars} characters (at most {max}).",
    ar: "العنوان طويل جدًا: عدد أحرفه {chars} (الحد الأقصى {max}).",
  },
  "date-invalid": {
    en: 'The date must be a real date written yyyy-mm-dd, e.g. 2020-06-05 (got "{value}").',
    ar: "يجب أن يكون التاريخ يومًا حقيقيًا مكتوبًا بالصيغة yyyy-mm-dd، مثل 2020-06-05 (المُدخل: «{value}»).",
  },
  "share-no-text": { en: "There is no text to share.", ar: "لا يوجد نص للمشاركة." },
  "share-too-long": {
    en: "This article is too long to share in a link: compressed it takes {chars} characters, {percent}% of the {max} allowed. Share a shorter excerpt, or add the article with npm run ingest.",
    ar: "هذا المقال أطول من أن يُشارَك في رابط: عدد محارفه بعد الضغط {chars}، أي {percent}% من الحد المسموح ({max}). شارك مقتطفًا أقصر، أو أضف المقال بالأمر npm run ingest.",
  },
  "link-no-article": { en: "The link carries no shared article.", ar: "لا يحمل الرابط مقالًا مُشارَكًا." },
  "link-too-long": { en: "The shared article in this link is too long.", ar: "المقال المُشارَك في هذا الرابط طويل جدًا." },
  "link-damaged": {
    en: "The shared article in this link is damaged (it may have been cut short).",
    ar: "المقال المُشارَك في هذا الرابط تالف (ربما قُطع الرابط).",
  },
  "link-unreadable": {
    en: "The shared article in this link is not in a form this app reads.",
    ar: "المقال المُشارَك في هذا الرابط بصيغة لا يقرؤها هذا التطبيق.",
  },
  "link-date-dropped": {
    en: "The date in this link is not a real yyyy-mm-dd date, so the article is shown undated.",
    ar: "التاريخ في هذا الرابط ليس يومًا حقيقيًا بالصيغة yyyy-mm-dd، لذا يُعرض المقال بلا تاريخ.",
  },
};

const figure = (v: string | number): string => (typeof v === "number" ? v.toLocaleString("en") : v);

/**
 * A refusal from lib/ingest worded in `lang`, its figures filled in.
 *
 * @example problemText("ar", { code: "title-too-long", chars: 501, max: 500 })
 *   // → "العنوان طويل جدًا: عدد أحرفه 501 (الحد الأقصى 500)."
 */
export function problemText(lang: Lang, problem: PasteProblem): string {
  const values: Record<string, string | number> = { ...problem };
  if (problem.code === "text-too-long") values.kb = problem.max / 1024;
  return PROBLEM_STRINGS[problem.code][lang].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = values[name];
    return v === undefined ? whole : figure(v);
  });
}

/** What went wrong with the pasted article outside lib/ingest's checks. */
export type PastedError =
  /** a shared link (#article=…) that could not be opened */
  | { code: "link-failed"; problem: PasteProblem }
  /** the geoparser chunk could not be fetched or failed; `detail` is the browser's own message */
  | { code: "loader-failed"; detail: string };

/**
 * A pasted-article error worded in `lang`.
 *
 * @example pastedErrorText("en", { code: "link-failed", problem: { code: "link-damaged" } })
 *   // → "The article in this link could not be opened: The shared article in this link is damaged (it may have been cut short)."
 */
export function pastedErrorText(lang: Lang, error: PastedError): string {
  return error.code === "link-failed"
    ? pt(lang, "linkFailed", { x: problemText(lang, error.problem) })
    : pt(lang, "loaderFailed", { x: error.detail });
}

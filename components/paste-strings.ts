import type { Lang } from "@/lib/url-state";

/**
 * The strings of "Add an article", the export buttons and the unsaved marks, in English and
 * Arabic (the interface language comes from the view, components/view-context). Messages about a
 * refused text or link come from lib/ and stay in English.
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
} as const satisfies Record<string, { en: string; ar: string }>;

/**
 * A paste string in `lang`, with `{n}` / `{x}` filled.
 *
 * @example pt("ar", "unsaved") // → "غير محفوظ"
 */
export function pt(lang: Lang, key: keyof typeof PASTE_STRINGS, vars: { n?: number; x?: number } = {}): string {
  let s: string = PASTE_STRINGS[key][lang];
  if (vars.n !== undefined) s = s.replaceAll("{n}", String(vars.n));
  if (vars.x !== undefined) s = s.replaceAll("{x}", String(vars.x));
  return s;
}

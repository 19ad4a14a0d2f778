import type { DateRange } from "@/lib/corpus/types";
import type { Lang } from "@/lib/url-state";
import { t } from "./i18n";

const MONTHS: Record<Lang, readonly string[]> = {
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  // The names Libyan media use today (Egyptian usage), not the Levantine كانون الثاني series.
  ar: ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
};

type Day = { y: string; m: string; d: string };

/** "2020-07-03" → parts; "2020-07" (a whole month) has no day, so none is printed. */
function day(iso: string, lang: Lang): Day {
  const [y = "", m = "1", d] = iso.split("-");
  return { y, m: MONTHS[lang][Number(m) - 1] ?? m, d: d === undefined ? "" : String(Number(d)) };
}

const words = (...parts: string[]): string => parts.filter(Boolean).join(" ");

/**
 * A published date range for people, as short as it can be said exactly, with the month named in
 * the interface language and Western digits in both. The words are in day-month-year order in
 * both languages: shown with `dir={dateDir(lang)}`, an Arabic date reads from the right.
 *
 * @example formatDateRange({ from: "2020-07-03", to: "2020-07-03" }) // → "3 Jul 2020"
 * @example formatDateRange({ from: "2020-01-20", to: "2020-01-31" }) // → "20–31 Jan 2020"
 * @example formatDateRange({ from: "2020-02-28", to: "2020-03-02" }, "ar") // → "28 فبراير – 2 مارس 2020"
 * @example formatDateRange({ from: "2019-12", to: "2020-01" }, "ar") // → "ديسمبر 2019 – يناير 2020"
 * @example formatDateRange(null) // → "date unknown"
 * @example formatDateRange(null, "ar") // → "تاريخ غير معروف"
 */
export function formatDateRange(range: DateRange | null, lang: Lang = "en"): string {
  if (!range) return t(lang, "dateUnknown");
  const a = day(range.from, lang);
  const b = day(range.to, lang);
  if (range.from === range.to) return words(a.d, a.m, a.y);
  if (a.y === b.y && a.m === b.m && a.d && b.d) return words(`${a.d}–${b.d}`, b.m, b.y);
  if (a.y === b.y) return `${words(a.d, a.m)} – ${words(b.d, b.m, b.y)}`;
  return `${words(a.d, a.m, a.y)} – ${words(b.d, b.m, b.y)}`;
}

/**
 * The direction a date from formatDateRange reads in: right to left in Arabic, so that
 * "3 يوليو 2020" starts with the day on the right; left to right in English.
 *
 * @example dateDir("ar") // → "rtl"
 */
export function dateDir(lang: Lang): "rtl" | "ltr" {
  return lang === "ar" ? "rtl" : "ltr";
}

const unitFormats = new Map<string, Intl.NumberFormat>();
function unitFormat(lang: Lang, unit: "meter" | "kilometer"): Intl.NumberFormat {
  const key = `${lang}:${unit}`;
  let f = unitFormats.get(key);
  if (!f) {
    // Western digits in both languages, as every other number in the interface.
    f = new Intl.NumberFormat(lang === "ar" ? "ar-u-nu-latn" : "en", { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 });
    unitFormats.set(key, f);
  }
  return f;
}

/**
 * A place's precision for people, the unit in the interface language (Intl's unit names).
 *
 * @example formatPrecision(0.5) // → "±500 m"
 * @example formatPrecision(30)  // → "±30 km"
 * @example formatPrecision(30, "ar") // → "±30 كم"
 */
export function formatPrecision(km: number, lang: Lang = "en"): string {
  return km < 1 ? `±${unitFormat(lang, "meter").format(Math.round(km * 1000))}` : `±${unitFormat(lang, "kilometer").format(km)}`;
}

/**
 * Which items a page shows, for a pager: "6–10 of 14".
 *
 * @example pageRangeLabel(5, 5, 14) // → "6–10 of 14"
 * @example pageRangeLabel(5, 5, 14, "ar") // → "6–10 من 14"
 */
export function pageRangeLabel(offset: number, pageSize: number, total: number, lang: Lang = "en"): string {
  const first = Math.min(offset + 1, total);
  const last = Math.min(offset + pageSize, total);
  const shown = first === last ? String(first) : `${first}–${last}`;
  return t(lang, "pageRange", { x: shown, n: total });
}

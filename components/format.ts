import type { DateRange } from "@/lib/corpus/types";
import type { Lang } from "@/lib/url-state";
import { t } from "./i18n";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

function day(iso: string): { y: string; m: string; d: number } {
  const [y = "", m = "1", d = "1"] = iso.split("-");
  return { y, m: MONTHS[Number(m) - 1] ?? m, d: Number(d) };
}

/**
 * A published date range for people, as short as it can be said exactly. Dates are written the
 * same way in both languages (shown left to right); only "date unknown" is translated.
 *
 * @example formatDateRange({ from: "2020-07-03", to: "2020-07-03" }) // → "3 Jul 2020"
 * @example formatDateRange({ from: "2020-01-20", to: "2020-01-31" }) // → "20–31 Jan 2020"
 * @example formatDateRange(null) // → "date unknown"
 * @example formatDateRange(null, "ar") // → "تاريخ غير معروف"
 */
export function formatDateRange(range: DateRange | null, lang: Lang = "en"): string {
  if (!range) return t(lang, "dateUnknown");
  const a = day(range.from);
  const b = day(range.to);
  if (range.from === range.to) return `${a.d} ${a.m} ${a.y}`;
  if (a.y === b.y && a.m === b.m) return `${a.d}–${b.d} ${b.m} ${b.y}`;
  if (a.y === b.y) return `${a.d} ${a.m} – ${b.d} ${b.m} ${b.y}`;
  return `${a.d} ${a.m} ${a.y} – ${b.d} ${b.m} ${b.y}`;
}

/**
 * A place's precision for people.
 *
 * @example formatPrecision(0.5) // → "±500 m"
 * @example formatPrecision(30)  // → "±30 km"
 */
export function formatPrecision(km: number): string {
  return km < 1 ? `±${Math.round(km * 1000)} m` : `±${Number(km.toFixed(1))} km`;
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

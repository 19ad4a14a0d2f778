/**
 * Calendar arithmetic on ISO dates (yyyy-mm-dd) as whole UTC days, so filters and the
 * timeline never depend on the browser's time zone.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * Days since 1970-01-01 for a real calendar date, else null.
 * @example dayNumber("1970-01-02") // 1; dayNumber("2020-02-30") // null
 */
export function dayNumber(iso: string): number | null {
  const m = ISO_DATE.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2020-02-30 over to March: a real date survives the round trip.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return Math.round(ms / DAY_MS);
}

/** @example isoDate(1) // "1970-01-02" */
export function isoDate(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A validated inclusive range of day numbers; from <= to. */
export type DayRange = { from: number; to: number };

/**
 * An article's published range as days, or null when missing or not real dates.
 * A reversed range (to before from) is read as the same span the right way round.
 * @example dayRange({ from: "1970-01-03", to: "1970-01-02" }) // { from: 1, to: 2 }
 */
export function dayRange(range: { from: string; to: string } | null | undefined): DayRange | null {
  if (!range) return null;
  const a = dayNumber(range.from);
  const b = dayNumber(range.to);
  if (a === null || b === null) return null;
  return a <= b ? { from: a, to: b } : { from: b, to: a };
}

/** Monday of the ISO week holding `day`. @example isoDate(isoWeekStart(dayNumber("2020-01-01")!)) // "2019-12-30" */
export function isoWeekStart(day: number): number {
  // 1970-01-01 was a Thursday: (day + 3) mod 7 is 0 on Mondays.
  return day - (((day + 3) % 7) + 7) % 7;
}

/** First day of the month holding `day`. @example isoDate(monthStart(dayNumber("2020-02-17")!)) // "2020-02-01" */
export function monthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
}

/** First day of the month after the one holding `day`. */
export function nextMonthStart(day: number): number {
  const d = new Date(day * DAY_MS);
  return Math.round(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / DAY_MS);
}

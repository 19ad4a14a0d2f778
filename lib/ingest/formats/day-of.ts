import { isIsoDate } from "../iso-date";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
// ISO 8601 as feeds, JSON-LD and <time datetime> write it: a date, optionally a time and a zone.
const TIME = String.raw`(?:[01]\d|2[0-3]):[0-5]\d(?::(?:[0-5]\d|60)(?:[.,]\d+)?)?`;
const ISO = new RegExp(String.raw`^(\d{4}-\d{2}-\d{2})(?:[T ]${TIME}\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$`, "i");
// RFC 822 / 1123 as RSS writes it: "Fri, 05 Jun 2020 01:00:00 +0200" (weekday and time optional).
const RFC822 = new RegExp(String.raw`^(?:[a-z]{3,9},?\s+)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{4})(?:\s+${TIME}(?:\s*(?:[a-z]{1,5}|[+-]\d{4}))?)?$`, "i");

/**
 * The calendar day a date or timestamp names, as yyyy-mm-dd, or null when `value` is not one.
 * The day is the one written, in the writer's own time zone: "2020-06-05T01:00:00+02:00" is
 * 5 June in Tripoli though it was still 4 June in UTC, and the reader of the outlet saw the 5th.
 * Arabic-Indic digits are read as digits.
 *
 * @example dayOf("Fri, 05 Jun 2020 01:00:00 +0200") // "2020-06-05"
 * @example dayOf("٢٠٢٠-٠٦-٠٥") // "2020-06-05"
 * @example dayOf("yesterday") // null
 */
export function dayOf(value: string): string | null {
  const s = value
    .trim()
    .replace(/[\u0660-\u0669]/g, (d) => String(d.charCodeAt(0) - 0x0660))
    .replace(/[\u06f0-\u06f9]/g, (d) => String(d.charCodeAt(0) - 0x06f0));
  const iso = ISO.exec(s);
  if (iso) return isIsoDate(iso[1]!) ? iso[1]! : null;
  const rfc = RFC822.exec(s);
  if (!rfc) return null;
  const month = MONTHS.indexOf(rfc[2]!.toLowerCase());
  if (month < 0) return null;
  const day = `${rfc[3]}-${String(month + 1).padStart(2, "0")}-${rfc[1]!.padStart(2, "0")}`;
  return isIsoDate(day) ? day : null;
}

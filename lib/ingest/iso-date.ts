/**
 * True when `s` is a real calendar date written yyyy-mm-dd (ISO 8601 calendar date, no time).
 *
 * @example isIsoDate("2020-02-29") // true;  isIsoDate("2019-02-29") // false
 */
export function isIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Checks an optional published range: both ends valid ISO dates and from ≤ to. A missing end
 * takes the other's value (a one-day range); neither means the date is unknown (null).
 *
 * @example checkPublishedRange("2020-06-06", undefined) // { ok: true, range: { from: "2020-06-06", to: "2020-06-06" } }
 */
export function checkPublishedRange(
  from: string | undefined,
  to: string | undefined,
): { ok: true; range: { from: string; to: string } | null } | { ok: false; error: string } {
  if (from === undefined && to === undefined) return { ok: true, range: null };
  const f = from ?? to!;
  const t = to ?? from!;
  for (const [name, v] of [["--published-from", f], ["--published-to", t]] as const) {
    if (!isIsoDate(v)) return { ok: false, error: `${name} must be a date written yyyy-mm-dd, got "${v}"` };
  }
  if (f > t) return { ok: false, error: `--published-from (${f}) is after --published-to (${t})` };
  return { ok: true, range: { from: f, to: t } };
}

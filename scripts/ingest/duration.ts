const UNITS: Readonly<Record<string, number>> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/**
 * A duration written as a number and a unit (s, m, h, d; "1h30m" adds them up) in milliseconds,
 * or undefined when it is not one, or is zero.
 *
 * @example parseDuration("15m") // 900000
 * @example parseDuration("1h30m") // 5400000
 * @example parseDuration("15") // undefined: say which unit
 */
export function parseDuration(text: string): number | undefined {
  const s = text.trim().toLowerCase();
  if (!/^(?:\d+(?:\.\d+)?[smhd])+$/.test(s)) return undefined;
  let ms = 0;
  for (const [, n, unit] of s.matchAll(/(\d+(?:\.\d+)?)([smhd])/g)) ms += Number(n) * UNITS[unit!]!;
  return ms > 0 ? Math.round(ms) : undefined;
}

/**
 * A duration in milliseconds as a person writes it, in its largest whole units.
 *
 * @example formatDuration(5_400_000) // "1h30m"
 * @example formatDuration(2_000) // "2s"
 */
export function formatDuration(ms: number): string {
  let rest = Math.max(0, Math.round(ms / 1000));
  let out = "";
  for (const [unit, size] of [["d", 86_400], ["h", 3_600], ["m", 60], ["s", 1]] as const) {
    const n = Math.floor(rest / size);
    if (n > 0) out += `${n}${unit}`;
    rest -= n * size;
  }
  return out || "0s";
}

/** The longest a failing feed waits between tries, unless its interval is longer still. */
export const MAX_BACKOFF_MS = 6 * 3_600_000;

/**
 * How long to wait before polling a feed again: its interval when the last poll worked; after
 * `failures` failed polls in a row, the interval doubled that many times (exponential backoff),
 * at most {@link MAX_BACKOFF_MS} (or the interval, when that is longer), and never less than a
 * server's Retry-After.
 *
 * @example nextPollDelay(900_000, 0) // 900000: 15 min
 * @example nextPollDelay(900_000, 3) // 7200000: 2 h
 * @example nextPollDelay(900_000, 10) // 21600000: capped at 6 h
 */
export function nextPollDelay(everyMs: number, failures: number, retryAfterMs = 0): number {
  const cap = Math.max(everyMs, MAX_BACKOFF_MS);
  const backoff = failures <= 0 ? everyMs : Math.min(cap, everyMs * 2 ** Math.min(failures, 40));
  return Math.max(backoff, Math.min(retryAfterMs, cap));
}

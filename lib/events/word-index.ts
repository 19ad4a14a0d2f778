import type { Word } from "./words";

/**
 * Index of the word holding character `pos` (the first word ending after it), by binary search.
 *
 * @example wordAt(words("قصف سرت"), 5) // → 1
 */
export function wordAt(ws: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = ws.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first word that starts at or after `pos` (ws.length when none does).
 *
 * @example firstFrom(words("قصف سرت"), 4) // → 1
 */
export function firstFrom(ws: readonly Word[], pos: number): number {
  let lo = 0;
  let hi = ws.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ws[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


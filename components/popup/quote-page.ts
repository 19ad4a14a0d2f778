/** Quotes a popup shows at once; more page inside it (the server seeds a shared link's pages at this size). */
export const QUOTES_PER_PAGE = 5;

/**
 * The offset of the page that holds a saved quote, in a place's list where its `pastedCount`
 * unsaved quotes come first: the server numbers saved quotes alone, the popup lists both.
 *
 * @example quotePageOffset(4, 0, 5) // → 0 (the 5th saved quote is on the first page)
 * @example quotePageOffset(4, 2, 5) // → 5 (after two pasted quotes it is 7th: the second page)
 */
export function quotePageOffset(savedIndex: number, pastedCount: number, pageSize: number): number {
  const position = Math.max(0, savedIndex) + Math.max(0, pastedCount);
  return Math.floor(position / pageSize) * pageSize;
}

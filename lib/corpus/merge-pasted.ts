import { PASTED_ARTICLE_ID } from "./pasted-id";
import type { PlaceSummary } from "./types";

/**
 * The saved places with the pasted article's counted in: a place both name gets the sum and a
 * `countsByArticle[PASTED_ARTICLE_ID]` entry; a place only the pasted article names is added.
 * Sorted as the corpus index sorts (count, then English name). Inputs are not changed.
 *
 * @example mergePastedPlaces([{ id: "sirte", count: 4, … }], [{ id: "sirte", count: 1, … }])
 *   // → [{ id: "sirte", count: 5, countsByArticle: { "003": 2, "004": 2, pasted: 1 }, … }]
 */
export function mergePastedPlaces(saved: readonly PlaceSummary[], pasted: readonly PlaceSummary[]): PlaceSummary[] {
  if (pasted.length === 0) return [...saved];
  const extra = new Map(pasted.map((p) => [p.id, p.count]));
  const out: PlaceSummary[] = saved.map((s) => {
    const n = extra.get(s.id);
    if (n === undefined) return s;
    extra.delete(s.id);
    return { ...s, count: s.count + n, countsByArticle: { ...s.countsByArticle, [PASTED_ARTICLE_ID]: n } };
  });
  for (const p of pasted) if (extra.has(p.id)) out.push({ ...p, countsByArticle: { [PASTED_ARTICLE_ID]: p.count } });
  return out.sort((a, b) => b.count - a.count || a.nameEn.localeCompare(b.nameEn, "en"));
}

/** Which part of a merged page of quotes comes from where: the pasted quotes first, then the saved. */
export type MergedPagePlan = {
  /** [start, end) into the place's pasted quotes */
  pasted: { start: number; end: number };
  /** the page to ask the server for, or null when the page holds no saved quote */
  saved: { offset: number; limit: number } | null;
};

/**
 * Splits the page [offset, offset + limit) of a place's quotes, listed as its `pastedCount`
 * unsaved quotes followed by its `savedCount` saved ones, into the two sources.
 *
 * @example planMergedPage(0, 5, 2, 10) // { pasted: { start: 0, end: 2 }, saved: { offset: 0, limit: 3 } }
 * @example planMergedPage(5, 5, 2, 10) // { pasted: { start: 2, end: 2 }, saved: { offset: 3, limit: 5 } }
 */
export function planMergedPage(offset: number, limit: number, pastedCount: number, savedCount: number): MergedPagePlan {
  const start = Math.max(0, offset);
  const end = start + Math.max(0, limit);
  const pasted = { start: Math.min(start, pastedCount), end: Math.min(end, pastedCount) };
  const savedStart = Math.max(0, start - pastedCount);
  const savedEnd = Math.min(savedCount, Math.max(0, end - pastedCount));
  return { pasted, saved: savedEnd > savedStart ? { offset: savedStart, limit: savedEnd - savedStart } : null };
}

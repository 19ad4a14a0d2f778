/**
 * The article id a pasted (unsaved) article takes in the browser. readSeeds refuses a file whose
 * id would be this word (pasted.txt), so no saved article collides with it; the marker, list and
 * popup code reads a place's `countsByArticle[PASTED_ARTICLE_ID]` to tell that it holds unsaved
 * mentions.
 *
 * @example unsavedCount({ countsByArticle: { "003": 2, pasted: 1 } }) // 1
 */
export const PASTED_ARTICLE_ID = "pasted";

/** How many of a place's mentions come from the pasted article (0 when none). */
export function unsavedCount(place: { countsByArticle: Record<string, number> }): number {
  return place.countsByArticle[PASTED_ARTICLE_ID] ?? 0;
}

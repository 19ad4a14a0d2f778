import type { Candidate, Signals } from "../candidate";
import { wordAfter, wordsBefore, type Context } from "../context";
import { ORGANISATION_HEADS, ORGANISATION_TAILS } from "../words";

/**
 * A name inside a media or organisation name is not a place: "وكالة الأناضول",
 * "صحيفة “الشرق الأوسط”", "العين الإخبارية", "ليبيا نيوز".
 */
export function organisation(c: Candidate, ctx: Context): Signals | null {
  if (wordsBefore(ctx, c.first).some((r) => ORGANISATION_HEADS.has(r.stem))) return { reject: "organisation name" };
  const after = wordAfter(ctx, c.last);
  if (after && ORGANISATION_TAILS.has(after.norm)) return { reject: "media name" };
  return null;
}

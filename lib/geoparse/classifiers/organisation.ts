import type { Candidate, Signals } from "../candidate";
import { wordAfter, wordsBefore, type Context } from "../context";
import { ORGANISATION_HEADS, ORGANISATION_MIDDLES, ORGANISATION_TAILS } from "../words";

/**
 * A name inside a media or organisation name is not a place: "وكالة الأناضول",
 * "صحيفة “الشرق الأوسط”", "العين الإخبارية", "ليبيا نيوز", "كتيبة شهداء الزاوية", "قوات درع ليبيا".
 */
export function organisation(c: Candidate, ctx: Context): Signals | null {
  const before = wordsBefore(ctx, c.first);
  if (before.some((r) => ORGANISATION_HEADS.has(r.stem))) return { reject: "organisation name" };
  // "كتيبة شهداء الزاوية": a head, one of the nouns armed groups are named with, then the place.
  if (before.some((r) => ORGANISATION_MIDDLES.has(r.stem)) && c.first >= 2 && wordsBefore(ctx, c.first - 1).some((r) => ORGANISATION_HEADS.has(r.stem)))
    return { reject: "organisation name" };
  const after = wordAfter(ctx, c.last);
  if (after && ORGANISATION_TAILS.has(after.norm)) return { reject: "media name" };
  return null;
}

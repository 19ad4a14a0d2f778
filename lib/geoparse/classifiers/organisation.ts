import type { Candidate, Signals } from "../candidate";
import { wordAfter as wordAfter_, wordsBefore as wordsBefore_, type Context } from "../context";
import { ORGANISATION_HEADS as ORGANISATION_HEADS_, ORGANISATION_MIDDLES as ORGANISATION_MIDDLES_, ORGANISATION_TAILS as ORGANISATION_TAILS_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordAfter = wordAfter_;
const wordsBefore = wordsBefore_;
const ORGANISATION_HEADS = ORGANISATION_HEADS_;
const ORGANISATION_MIDDLES = ORGANISATION_MIDDLES_;
const ORGANISATION_TAILS = ORGANISATION_TAILS_;

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

import type { Candidate, Signals } from "../candidate";
import { wordsBefore, type Context } from "../context";
import { PLACE_CUES } from "../words";

/**
 * A place word right before a name announces a place: "مدينة الخمس", "منطقة الوشكة",
 * "جنوب طرابلس", "بمدينة مصراتة". Such a name is taken even when it is also a common word.
 */
export function placeCue(c: Candidate, ctx: Context): Signals | null {
  return wordsBefore(ctx, c.first).some((r) => PLACE_CUES.has(r.stem)) ? { cued: true } : null;
}

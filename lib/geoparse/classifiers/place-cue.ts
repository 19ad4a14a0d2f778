import type { Candidate, Signals } from "../candidate";
import { wordsBefore as wordsBefore_, type Context } from "../context";
import { LIST_CUES as LIST_CUES_, PLACE_CUES as PLACE_CUES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const wordsBefore = wordsBefore_;
const LIST_CUES = LIST_CUES_;
const PLACE_CUES = PLACE_CUES_;

/**
 * A place word right before a name announces a place: "مدينة الخمس", "منطقة الوشكة",
 * "جنوب طرابلس", "بمدينة مصراتة". Such a name is taken even when it is also a common word.
 * A plural place word ("أحياء", "مناطق") also announces the names listed after it.
 *
 * Example: in "أحياء الجيزة البحرية والدولار" at "الجيزة البحرية" → { cued: true, listCue: true }.
 */
export function placeCue(c: Candidate, ctx: Context): Signals | null {
  const cue = wordsBefore(ctx, c.first).find((r) => PLACE_CUES.has(r.stem));
  if (!cue) return null;
  return LIST_CUES.has(cue.stem) ? { cued: true, listCue: true } : { cued: true };
}

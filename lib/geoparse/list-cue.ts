import type { Candidate, Signals } from "./candidate";
import type { Context } from "./context";
import type { Found } from "./found";
import { coordinated as coordinated_ } from "./support";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const coordinated = coordinated_;

/**
 * What a name inherits from the one before it in a list opened by a plural or dual cue word:
 * "موانئ السدرة وراس لانوف والبريقة" → Ras Lanuf and Brega are ports too; "أحياء الليثي وبوعطني"
 * → Bu Atni is announced as a district. The facility word stays outside the later names' spans.
 * Returns s unchanged when prev carries no list cue, is not joined to c by و or a comma, or c
 * has a cue of its own.
 *
 * Example: prev "السدرة" after "موانئ", c "وراس لانوف" → { facilityKinds: ["port"], cued: true, listCue: true }.
 */
export function withListCue(prev: Found | undefined, c: Candidate, s: Signals, ctx: Context): Signals {
  if (!prev?.s.listCue || s.cued || s.facilityKinds || !coordinated(prev.c, c, ctx)) return s;
  const out: Signals = { ...s, cued: true, listCue: true };
  if (prev.s.facilityKinds) out.facilityKinds = prev.s.facilityKinds;
  return out;
}

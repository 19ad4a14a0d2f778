import { originalIndex as originalIndex_ } from "../../arabic";
import type { Candidate, Signals } from "../candidate";
import { wordsBefore as wordsBefore_, type Context } from "../context";
import { FACILITY_CUES as FACILITY_CUES_, LIST_CUES as LIST_CUES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const originalIndex = originalIndex_;
const wordsBefore = wordsBefore_;
const FACILITY_CUES = FACILITY_CUES_;
const LIST_CUES = LIST_CUES_;

/**
 * A facility word right before a name chooses the facility: "قاعدة الجفرة" → air base,
 * "مطار مصراتة" → airport, "حقل الشرارة" → oil field (proclitics on the cue are allowed:
 * "بقاعدة الجفرة"). Returns the preferred kinds and where the cue word starts; a plural or dual
 * cue ("موانئ", "حقلي") is marked as a list cue, for the names coordinated after this one.
 */
export function facilityCue(c: Candidate, ctx: Context): Signals | null {
  for (const r of wordsBefore(ctx, c.first)) {
    const kinds = FACILITY_CUES.get(r.stem);
    if (!kinds) continue;
    const cue = ctx.tokens[c.first - 1]!;
    const start = r.prefixLength === 0 ? cue.start : originalIndex(ctx.text, cue, r.prefixLength);
    return { facilityKinds: kinds, facilityCueStart: start, cued: true, ...(LIST_CUES.has(r.stem) ? { listCue: true } : {}) };
  }
  return null;
}

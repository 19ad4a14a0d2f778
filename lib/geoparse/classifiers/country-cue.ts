import type { Candidate, Signals } from "../candidate";
import { inlineGap as inlineGap_, wordsBefore as wordsBefore_, type Context } from "../context";
import { readings as readings_ } from "../../arabic/proclitics";
import { COUNTRY_CUES as COUNTRY_CUES_, COUNTRY_CUES_BEFORE_MA as COUNTRY_CUES_BEFORE_MA_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const inlineGap = inlineGap_;
const wordsBefore = wordsBefore_;
const readings = readings_;
const COUNTRY_CUES = COUNTRY_CUES_;
const COUNTRY_CUES_BEFORE_MA = COUNTRY_CUES_BEFORE_MA_;

const MA = "مع";

/**
 * A name that is both a capital and its country ("تونس", "الجزائر") means the country after
 * words that ask for a state: "سفارة تونس", "حكومة الجزائر", "الحدود مع النيجر والجزائر",
 * "منفذ رأس اجدير الحدودي مع تونس". Looks at two words before the name at most.
 *
 * Example: in "الحدودي مع تونس" → { countryCue: true }; in "وصل إلى تونس" → null.
 */
export function countryCue(c: Candidate, ctx: Context): Signals | null {
  if (!c.places.some((p) => p.kind === "country") || c.places.every((p) => p.kind === "country")) return null;
  if (wordsBefore(ctx, c.first).some((r) => COUNTRY_CUES.has(r.stem))) return { countryCue: true };
  const ma = ctx.tokens[c.first - 1];
  const head = ctx.tokens[c.first - 2];
  if (!ma || !head || ma.norm !== MA) return null;
  if (!inlineGap(ctx.text, ma.end, ctx.tokens[c.first]!.start) || !inlineGap(ctx.text, head.end, ma.start)) return null;
  return readings(head.norm).some((r) => COUNTRY_CUES_BEFORE_MA.has(r.stem)) ? { countryCue: true } : null;
}

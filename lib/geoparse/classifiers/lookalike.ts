import type { Candidate, Signals } from "../candidate";
import type { Context } from "../context";
import { PROCLITIC_LOOKALIKES as PROCLITIC_LOOKALIKES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const PROCLITIC_LOOKALIKES = PROCLITIC_LOOKALIKES_;

const WAW = "و";
const FEH = "ف";
const KAF = "ك";

/**
 * A name found by peeling a proclitic off a word that is itself an ordinary word ("فسرت"
 * explained, "كسرت" broke, "فقيرة" poor, "لغات" languages; also after و: "وكسرت") is that
 * word. Read with ف "then" or ك "like" (فسرت, كسرت, فقيرة) the name is rare next to the
 * ordinary word: rejected. Read with ب or ل "to" it is common in lists, so it needs support
 * like a common-word name: "إلى أوباري ولغات" keeps Ghat, "ثلاث لغات أجنبية" has none.
 *
 * Example: in "كسرت القوات الحصار" → { reject: "ordinary word" }; in "لغات أجنبية" →
 * { needsSupport: true }; in "وسرت" → null.
 */
export function lookalike(c: Candidate, ctx: Context): Signals | null {
  const token = ctx.tokens[c.first]!;
  if (c.start === token.start) return null;
  const w = token.norm;
  const conj = w[0] === WAW || w[0] === FEH;
  const word = PROCLITIC_LOOKALIKES.has(w) ? w : conj && PROCLITIC_LOOKALIKES.has(w.slice(1)) ? w.slice(1) : undefined;
  if (word === undefined) return null;
  return word[0] === FEH || word[0] === KAF ? { reject: "ordinary word" } : { needsSupport: true };
}

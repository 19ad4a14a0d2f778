import type { Candidate, Signals } from "../candidate";
import { inlineGap as inlineGap_, wordAfter as wordAfter_, wordsBefore as wordsBefore_, type Context } from "../context";
import { CLAUSE_OPENERS as CLAUSE_OPENERS_, VERB_HOMOGRAPHS as VERB_HOMOGRAPHS_, VERB_PARTICLES as VERB_PARTICLES_, type VerbContext } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const inlineGap = inlineGap_;
const wordAfter = wordAfter_;
const wordsBefore = wordsBefore_;
const CLAUSE_OPENERS = CLAUSE_OPENERS_;
const VERB_HOMOGRAPHS = VERB_HOMOGRAPHS_;
const VERB_PARTICLES = VERB_PARTICLES_;

/** The rejection reason of a name read as a verb. */
export const VERB = "verb";

const WAW = 0x0648;
const FEH = 0x0641;
const ARTICLE = "ال";
/** Conjunctions after which "أن" takes a verb: "بعد أن سرت أنباء". */
const BEFORE_AN = new Set(["بعد", "قبل", "منذ"]);
const AN = "ان";

/**
 * A name that is also a verb (VERB_HOMOGRAPHS: سرت "spread", إدري/أدري "I know") read from its
 * neighbours, looking at two words either side at most:
 * - after a verbal particle or relative ("قد سرت", "لقد سرت", "التي سرت", "بعد أن سرت", "لا ادري")
 *   it is the verb: rejected;
 * - followed by the verb's usual subject ("سرت أنباء", "سرت الهدنة", "سرت في أوساط") at the start
 *   of a clause (sentence start, "و", "كما") it is the verb: rejected; written "وسرت" after another
 *   word it needs support, so "طرابلس وسرت أجواء ..." keeps its list but "الهدنة وسرت حالة" loses it;
 *   after any other word ("في سرت حالة", "تشهد سرت حالة") it stays the place.
 * A preposition on it (بسرت, لسرت) means the place: verbs take none.
 *
 * Example: "وقد سرت شائعات" → { reject: "verb" }; "وصلوا إلى سرت" → null.
 */
export function verbReading(c: Candidate, ctx: Context): Signals | null {
  if (c.first !== c.last) return null;
  const entry = VERB_HOMOGRAPHS.get(c.key);
  if (!entry) return null;
  const word = ctx.tokens[c.first]!.norm;
  const prefix = word.length - c.key.length;
  const code = word.charCodeAt(0);
  if (prefix > 1 || (prefix === 1 && code !== WAW && code !== FEH)) return null;
  const before = wordsBefore(ctx, c.first);
  if (prefix === 0 && (before.some((r) => VERB_PARTICLES.has(r.stem) || entry.before.has(r.stem)) || afterAn(ctx, c.first)))
    return { reject: VERB };
  if (!followedBySubject(entry, ctx, c.last)) return null;
  if (before.length === 0 || before.some((r) => CLAUSE_OPENERS.has(r.stem))) return { reject: VERB };
  return prefix === 1 ? { needsSupport: true } : null;
}

/** True after "بعد أن", "قبل أن", "منذ أن", which take a verb. */
function afterAn(ctx: Context, i: number): boolean {
  const an = ctx.tokens[i - 1];
  const head = ctx.tokens[i - 2];
  if (!an || !head || an.norm !== AN) return false;
  const cur = ctx.tokens[i]!;
  return inlineGap(ctx.text, an.end, cur.start) && inlineGap(ctx.text, head.end, an.start) && BEFORE_AN.has(head.norm);
}

/** True when the next word, or the next two, are one of the entry's subjects (article ignored). */
function followedBySubject(entry: VerbContext, ctx: Context, i: number): boolean {
  const a = wordAfter(ctx, i);
  if (!a) return false;
  const first = bare(a.norm);
  if (entry.after.has(first)) return true;
  const b = wordAfter(ctx, i + 1);
  return b !== undefined && entry.after.has(first + " " + bare(b.norm));
}

function bare(word: string): string {
  return word.startsWith(ARTICLE) && word.length > 3 ? word.slice(2) : word;
}

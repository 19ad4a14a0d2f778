import type { Candidate, Signals } from "../candidate";
import type { Context } from "../context";

const FATHATAN = 0x064b;
const KASRATAN = 0x064d;

/**
 * A name written with tanween is an indefinite common word: place names take none (they are
 * definite or diptote), but nouns do, and folding drops the mark: "شرب كوباً من الماء" (a cup,
 * not Cuba), "قدم دعماً مالياً". Only the last word of the name is looked at.
 *
 * Example: in "اشترى كوباً" → { reject: "indefinite word" }; in "زار كوبا" → null.
 */
export function tanween(c: Candidate, ctx: Context): Signals | null {
  const { text } = ctx;
  const token = ctx.tokens[c.last]!;
  for (let i = token.start; i < token.end; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= FATHATAN && ch <= KASRATAN) return { reject: "indefinite word" };
  }
  return null;
}

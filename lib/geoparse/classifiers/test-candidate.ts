import { tokenize } from "../../arabic";
import type { Candidate } from "../candidate";
import { candidateAt } from "../candidates";
import type { Context } from "../context";
import { testGazetteer } from "../test-gazetteer";

const g = testGazetteer();

/**
 * For classifier tests: the first candidate in `text` whose surface is `name`, with its context,
 * found in the synthetic test gazetteer. Example: candidateIn("في سرت", "سرت").
 */
export function candidateIn(text: string, name: string): [Candidate, Context] {
  const ctx = { text, tokens: tokenize(text) };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const c = candidateAt(ctx, g.index, i);
    if (c && text.slice(c.start, c.end) === name) return [c, ctx];
  }
  throw new Error(`no candidate ${name} in ${text}`);
}

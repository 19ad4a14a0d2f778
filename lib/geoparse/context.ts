import { foldTable as foldTableFn, IGNORE as IGNORE_CODE, isInlineSpace as inlineSpace } from "../arabic/fold";
import { readings, type Reading } from "../arabic/proclitics";
import type { Token } from "../arabic/tokenize";

// Local copies (imported bindings can be getters under some loaders; these run per gap).
const IGNORE = IGNORE_CODE;
const foldTable = foldTableFn;
const isInlineSpace = inlineSpace;

/** The text and its tokens, shared by the candidate finder and the classifiers. */
export type Context = { text: string; tokens: readonly Token[] };

/** True when only spaces (no newline, no punctuation) separate original offsets a and b. */
export function inlineGap(text: string, a: number, b: number): boolean {
  const fold = foldTable();
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isInlineSpace(c) && fold[c] !== IGNORE) return false;
  }
  return true;
}

const QUOTES = new Set([..."«»\"'“”„‘’‹›()"].map((c) => c.charCodeAt(0)));

/**
 * True when only spaces and quote marks separate a and b: a cue word still applies across
 * them (صحيفة "الشرق الأوسط", بوابة «إفريقيا»), but not across a comma or a full stop.
 */
export function quotedGap(text: string, a: number, b: number): boolean {
  const fold = foldTable();
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isInlineSpace(c) && !QUOTES.has(c) && fold[c] !== IGNORE) return false;
  }
  return true;
}

/**
 * The readings (word, then with proclitics peeled) of the token before token i, when it is
 * attached to it (only spaces or quotes between). Example: before "الجفرة" in "بقاعدة الجفرة"
 * the readings are "بقاعده", "قاعده".
 */
export function wordsBefore(ctx: Context, i: number): readonly Reading[] {
  // Every classifier asks about the same token in turn: remember the last answer.
  if (lastCtx === ctx && lastIndex === i) return lastReadings;
  const prev = ctx.tokens[i - 1];
  const cur = ctx.tokens[i];
  lastCtx = ctx;
  lastIndex = i;
  lastReadings = !prev || !cur || !quotedGap(ctx.text, prev.end, cur.start) ? [] : readings(prev.norm);
  return lastReadings;
}

let lastCtx: Context | undefined;
let lastIndex = -1;
let lastReadings: readonly Reading[] = [];

/** The token after token i when attached to it (only spaces or quotes between), else undefined. */
export function wordAfter(ctx: Context, i: number): Token | undefined {
  const next = ctx.tokens[i + 1];
  const cur = ctx.tokens[i];
  if (!next || !cur || !quotedGap(ctx.text, cur.end, next.start)) return undefined;
  return next;
}

import { originalIndex, type Token } from "../arabic/tokenize";
import type { NameIndex, TrieNode } from "../gazetteer/name-index";
import type { Candidate } from "./candidate";
import { inlineGap as inlineGapFn, type Context } from "./context";

// Local copy: imported bindings can be getters under some loaders, and this runs per token.
const inlineGap = inlineGapFn;

const WAW = 0x0648;
const FEH = 0x0641;
const BEH = 0x0628;
const LAM = 0x0644;
const KAF = 0x0643;

/**
 * The longest gazetteer name starting at token i, trying the word as written and then with
 * its proclitics peeled (وسرت → سرت, بالجفرة → الجفرة, للجفرة → (ا)لجفرة; the same readings as
 * lib/arabic `readings`), extending word by word through the trie while the next token
 * continues a name. Cost: a few hash look-ups per token, whatever the size of the gazetteer;
 * no allocation unless a name is found. Ties go to the reading that peels least.
 *
 * Example: in "بمحور عين زارة جنوب" at the token "عين" → {key "عين زاره", span over "عين زارة"}.
 */
export function candidateAt(ctx: Context, index: NameIndex, i: number): Candidate | undefined {
  const { text, tokens } = ctx;
  const w = tokens[i]!.norm;
  const m = MATCH.reset();
  m.tryStem(ctx, index, i, w, 0, false);
  const c0 = w.charCodeAt(0);
  let p = 0;
  if ((c0 === WAW || c0 === FEH) && w.length >= 3) {
    p = 1;
    m.tryStem(ctx, index, i, w, 1, false);
  }
  const cp = w.charCodeAt(p);
  if ((cp === BEH || cp === LAM || cp === KAF) && w.length - p >= 3) {
    m.tryStem(ctx, index, i, w, p + 1, false);
    if (cp === LAM && w.charCodeAt(p + 1) === LAM && w.length - p >= 4) m.tryStem(ctx, index, i, w, p + 1, true);
  }
  if (!m.node) return undefined;
  const token = tokens[i]!;
  let key = m.alef ? "ا" + w.slice(m.prefixLength) : w.slice(m.prefixLength);
  for (let j = i + 1; j <= m.last; j++) key += " " + tokens[j]!.norm;
  return {
    first: i,
    last: m.last,
    start: m.prefixLength === 0 ? token.start : originalIndex(text, token, m.prefixLength),
    end: tokens[m.last]!.end,
    key,
    places: m.node.places!,
  };
}

/** The best match so far at one token; tryStem walks the trie for one reading. One instance is reused (geoparse is synchronous). */
class Match {
  node: TrieNode | undefined = undefined;
  last = -1;
  prefixLength = 0;
  alef = false;

  reset(): this {
    this.node = undefined;
    this.last = -1;
    return this;
  }

  /** Tries the reading ("ا" if alef) + word.slice(prefixLength) of token i. */
  tryStem(ctx: Context, index: NameIndex, i: number, word: string, prefixLength: number, alef: boolean): void {
    let node = index.firstAt(word, prefixLength, alef);
    if (!node) return;
    const tokens: readonly Token[] = ctx.tokens;
    let j = i;
    let foundNode = node.places ? node : undefined;
    let foundLast = i;
    while (node.next && j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (!inlineGap(ctx.text, tokens[j]!.end, next.start)) break;
      const child: TrieNode | undefined = node.next.get(next.norm);
      if (!child) break;
      node = child;
      j++;
      if (child.places) {
        foundNode = child;
        foundLast = j;
      }
    }
    if (foundNode && foundLast > this.last) {
      this.node = foundNode;
      this.last = foundLast;
      this.prefixLength = prefixLength;
      this.alef = alef;
    }
  }
}

const MATCH = new Match();

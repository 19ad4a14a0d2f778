import { mayHaveProclitic, originalIndex, readings } from "../arabic";
import type { NameIndex, TrieNode } from "../gazetteer/name-index";
import type { Candidate } from "./candidate";
import { inlineGap, type Context } from "./context";

/**
 * The longest gazetteer name starting at token i, trying the word as written and then with
 * its proclitics peeled (وسرت → سرت, بالجفرة → الجفرة), and extending word by word through the
 * trie while the next token continues a name. Cost: a few hash look-ups per token, whatever
 * the size of the gazetteer. Ties go to the reading that peels least.
 *
 * Example: in "بمحور عين زارة جنوب" at the token "عين" → {key "عين زاره", span over "عين زارة"}.
 */
export function candidateAt(ctx: Context, index: NameIndex, i: number): Candidate | undefined {
  const { text, tokens } = ctx;
  const token = tokens[i]!;
  const options = mayHaveProclitic(token.norm) ? readings(token.norm) : [{ stem: token.norm, prefixLength: 0 }];
  let best: { last: number; node: TrieNode; prefixLength: number; words: string[] } | undefined;
  for (const { stem, prefixLength } of options) {
    const root = index.first(stem);
    if (!root) continue;
    let node = root;
    let j = i;
    let found = root.places ? { last: i, node: root } : undefined;
    const words = [stem];
    while (node.next && j + 1 < tokens.length) {
      const next = tokens[j + 1]!;
      if (!inlineGap(text, tokens[j]!.end, next.start)) break;
      const child = node.next.get(next.norm);
      if (!child) break;
      node = child;
      j++;
      words.push(next.norm);
      if (child.places) found = { last: j, node: child };
    }
    if (found && (!best || found.last > best.last)) {
      best = { ...found, prefixLength, words: words.slice(0, found.last - i + 1) };
    }
  }
  if (!best) return undefined;
  const start = best.prefixLength === 0 ? token.start : originalIndex(text, token, best.prefixLength);
  return {
    first: i,
    last: best.last,
    start,
    end: tokens[best.last]!.end,
    key: best.words.join(" "),
    places: best.node.places!,
  };
}

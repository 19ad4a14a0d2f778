// Article texts for the API (the corpus index keeps metadata and mentions, not whole texts).
import { getCorpusIndex, seedsDir } from "@/lib/corpus";
import { readSeeds } from "@/lib/corpus/read-seeds";

let memo: Map<string, string> | undefined;

/**
 * The text of every article the corpus index holds, by article id, read once per process.
 *
 * @example articleTexts().get("003")?.slice(0, 20)
 */
export function articleTexts(): Map<string, string> {
  if (!memo) {
    const ids = new Set(getCorpusIndex().articles.map((a) => a.id));
    memo = new Map(readSeeds(seedsDir()).articles.filter((a) => ids.has(a.id)).map((a) => [a.id, a.text]));
  }
  return memo;
}

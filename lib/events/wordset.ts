import { normalizeName } from "../arabic";

/**
 * A set of folded spellings from plain Arabic words, so lists can be written as a reader writes
 * them ("قاعدة" and "قاعده" are one entry). Example: wordSet(["أوامر"]).has("اوامر") === true.
 */
export function wordSet(list: readonly string[]): ReadonlySet<string> {
  return new Set(list.map(normalizeName));
}

import { readings, tokenize, type Token } from "../arabic";

/**
 * A token with the folded stems it can be read as (the word itself, then proclitics peeled) and,
 * for each stem, the proclitic letters peeled off (prefixes[i] belongs to stems[i]).
 */
export type Word = Token & { stems: string[]; prefixes: string[] };

/**
 * Tokenises text with lib/arabic and lists each word's readings (و ف ب ل ك and لل peeled,
 * lib/arabic/proclitics), so a cue is looked up once per reading: "وبالقصف" → "بالقصف",
 * "القصف".
 *
 * @example words("وبالقصف")[0].stems // → ["وبالقصف", "بالقصف", "القصف"]
 */
export function words(text: string): Word[] {
  const tokens = tokenize(text);
  const out: Word[] = new Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const rs = readings(t.norm);
    const stems: string[] = [];
    const prefixes: string[] = [];
    for (const r of rs) {
      stems.push(r.stem);
      prefixes.push(t.norm.slice(0, r.prefixLength));
    }
    out[i] = { start: t.start, end: t.end, norm: t.norm, stems, prefixes };
  }
  return out;
}

/**
 * A preposition (ب ل ك) peeled off leaves at least three letters: "بحث" (discussed) is not
 * ب + حث (urge), while "وفي" is و + في; "لأي" (for any) is the one two-letter exception.
 * Example: plausible("حث", "ب") === false; plausible("اي", "ل") === true.
 */
export function plausible(stem: string, prefix: string): boolean {
  return stem.length >= 3 || !/[بلك]/.test(prefix) || stem === "اي";
}

/**
 * True when the word, read with or without its proclitics and the article, is one of `set`
 * (folded spellings). Example: isWord(words("وبالمدينة")[0], new Set(["مدينه"])) === true.
 */
export function isWord(w: Word | undefined, set: ReadonlySet<string>): boolean {
  if (!w) return false;
  for (let i = 0; i < w.stems.length; i++) {
    const s = w.stems[i]!;
    if (!plausible(s, w.prefixes[i]!)) continue;
    if (set.has(s)) return true;
    if (s.startsWith("ال") && set.has(s.slice(2))) return true;
  }
  return false;
}

/**
 * The proclitics of the reading under which the word is one of `set` (with or without the
 * article), or undefined when no reading is. Example: prefixIn(words("بمدينة")[0], new Set(["مدينه"])) === "ب".
 */
export function prefixIn(w: Word | undefined, set: ReadonlySet<string>): string | undefined {
  if (!w) return undefined;
  for (let i = 0; i < w.stems.length; i++) {
    const s = w.stems[i]!;
    if (!plausible(s, w.prefixes[i]!)) continue;
    if (set.has(s) || (s.startsWith("ال") && set.has(s.slice(2)))) return w.prefixes[i]!;
  }
  return undefined;
}

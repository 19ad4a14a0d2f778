import {
  BREAK as BREAK_CODE,
  EXPAND as EXPAND_CODE,
  IGNORE as IGNORE_CODE,
  foldExpansion,
  foldTable as foldTableFn,
  isInvisible as isInvisibleFn,
} from "./fold";

// Local copies: some module loaders (tsx/esbuild CJS) turn imported bindings into getters,
// which would cost a call per character in the loops below.
const BREAK = BREAK_CODE;
const IGNORE = IGNORE_CODE;
const EXPAND = EXPAND_CODE;
const foldTable = foldTableFn;
const isInvisible = isInvisibleFn;
/** Folded codes from here up are Arabic letters (digits and Latin fold below it). */
const ARABIC_BLOCK = 0x0600;

/**
 * A word of the original text: [start, end) are indices into the ORIGINAL string (end includes
 * trailing tashkeel, never a trailing invisible mark), `norm` is the folded spelling used for
 * look-ups.
 */
export type Token = { start: number; end: number; norm: string };

/**
 * Splits text into words in one pass, folding as it goes (see foldCode).
 * Ignorable marks inside a word neither split it nor appear in `norm`; a change between Arabic
 * letters and digits/Latin letters splits it. A word ends at its last letter or tashkeel: an
 * RLM, ZWNJ, bidi control or BOM after it stays outside its span.
 *
 * Example: tokenize("بالجفرةِ، وسرت\u200F") →
 *   [{start:0,end:8,norm:"بالجفره"}, {start:10,end:14,norm:"وسرت"}]
 */
export function tokenize(text: string): Token[] {
  const fold = foldTable();
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = fold[text.charCodeAt(i)]!;
    if (first < 0 && first !== EXPAND) {
      i++;
      continue;
    }
    const start = i;
    // Ligatures (EXPAND) are all Arabic presentation forms.
    const arabic = first === EXPAND || first >= ARABIC_BLOCK;
    let changed = false;
    let norm = "";
    let runStart = i; // start of the current run of unchanged characters
    let end = i; // just after the last character that is not invisible
    while (i < n) {
      const c = text.charCodeAt(i);
      const f = fold[c]!;
      if (f === BREAK) break;
      // Arabic words hold no digits or Latin letters: "2020طرابلس" is two words.
      if (f >= 0 ? f >= ARABIC_BLOCK !== arabic : f === EXPAND && !arabic) break;
      if (f !== c) {
        // Flush the unchanged run, then apply the folding of this character.
        changed = true;
        norm += text.slice(runStart, i);
        if (f === EXPAND) norm += foldExpansion(c);
        else if (f !== IGNORE) norm += String.fromCharCode(f);
        runStart = i + 1;
      }
      i++;
      if (f !== IGNORE || !isInvisible(c)) end = i;
    }
    norm = changed ? norm + text.slice(runStart, i) : text.slice(start, i);
    if (norm.length > 0) tokens.push({ start, end, norm });
  }
  return tokens;
}

/**
 * The original index of the k-th folded character of a token (k = 0..norm.length-1),
 * skipping ignored marks. Used to place a span after a peeled proclitic. A k inside a ligature
 * (the alef of ﻻ) gives the ligature's own index: a span cannot start inside one character.
 *
 * Example: for "بـالجفرة" (tatweel after ب), originalIndex(text, token, 1) === token.start + 2.
 */
export function originalIndex(text: string, token: Token, k: number): number {
  const fold = foldTable();
  let seen = 0;
  for (let i = token.start; i < token.end; i++) {
    const c = text.charCodeAt(i);
    const f = fold[c];
    if (f === IGNORE) continue;
    seen += f === EXPAND ? foldExpansion(c).length : 1;
    if (k < seen) return i;
  }
  return token.end;
}

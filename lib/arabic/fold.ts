/**
 * Character folding for matching Arabic names, one UTF-16 unit at a time.
 *
 * Why per character: every original character folds to zero, one, or (a presentation-form
 * ligature such as ﻻ) a few matching characters, never to part of a neighbour, so a match found
 * in the folded text always maps back to whole characters of the ORIGINAL text (a mention's span
 * must satisfy text.slice(start,end) === surface).
 *
 * Example: foldCode("أ".charCodeAt(0)) === "ا".charCodeAt(0); foldCode(0x064E) (fatha) === IGNORE;
 * foldCode(0xFED3) (ﻃ, initial tah from a PDF) === "ط".charCodeAt(0); foldCode(0xFEFB) (ﻻ) === EXPAND.
 */

/** Returned for characters that are dropped while matching (tashkeel, tatweel, zero-width, bidi). */
export const IGNORE = -1;
/** Returned for characters that separate words (spaces, punctuation, symbols). */
export const BREAK = -2;
/** Returned for a ligature that folds to two or more letters (ﻻ → لا): see foldExpansion. */
export const EXPAND = -3;

const ALEF = 0x0627;
const HEH = 0x0647;
const YEH = 0x064a;
const KAF = 0x0643;

/** Folds one UTF-16 code unit: a letter/digit code, IGNORE or BREAK. Pure and allocation-free. */
export function foldCode(c: number): number {
  // ASCII fast path: digits and letters (lower-cased) are word characters, the rest break.
  if (c < 0x80) {
    if (c >= 0x30 && c <= 0x39) return c;
    if (c >= 0x61 && c <= 0x7a) return c;
    if (c >= 0x41 && c <= 0x5a) return c + 0x20;
    return BREAK;
  }
  if (c >= 0x0600 && c <= 0x06ff) {
    // Tashkeel, Quranic marks, superscript alef, tatweel: not part of the spelling.
    if ((c >= 0x064b && c <= 0x065f) || c === 0x0670 || c === 0x0640) return IGNORE;
    if ((c >= 0x0610 && c <= 0x061a) || (c >= 0x06d6 && c <= 0x06ed)) return IGNORE;
    if (c === 0x061c) return IGNORE; // Arabic letter mark (bidi)
    switch (c) {
      case 0x0623: // أ
      case 0x0625: // إ
      case 0x0622: // آ
      case 0x0671: // ٱ
      case 0x0672:
      case 0x0673:
        return ALEF;
      case 0x0629: // ة (only ever final): matched as ه
      case 0x06c0: // ۀ
      case 0x06c1: // ہ
      case 0x06d5: // ە
        return HEH;
      case 0x0649: // ى
      case 0x06cc: // Persian ی
      case 0x06d2:
        return YEH;
      case 0x06a9: // Persian ک
        return KAF;
    }
    if (c >= 0x0660 && c <= 0x0669) return c - 0x0660 + 0x30; // Arabic-Indic digits
    if (c >= 0x06f0 && c <= 0x06f9) return c - 0x06f0 + 0x30; // Extended (Persian) digits
    if ((c >= 0x0621 && c <= 0x064a) || (c >= 0x066e && c <= 0x06d3) || (c >= 0x06fa && c <= 0x06ff)) return c;
    return BREAK; // Arabic punctuation: ، ؛ ؟ ٪ etc.
  }
  if ((c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefc)) return foldPresentationForm(c);
  if (isInvisible(c)) return IGNORE;
  // Latin-1 and Latin Extended letters count as word characters (kept as they are).
  if ((c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) return c;
  // Arabic Supplement / Extended-A letters.
  if ((c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff)) return c;
  return BREAK;
}

/**
 * Zero-width and bidi controls, BOM, soft hyphen, word joiner, Arabic letter mark: invisible, so
 * ignored inside a word and never the last character of one (a span ends at a letter or a mark).
 * Example: isInvisible(0x200F) (RLM) === true; isInvisible(0x064E) (fatha) === false.
 */
export function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2066 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x00ad ||
    c === 0x2060 ||
    c === 0x061c
  );
}

const expansions = new Map<number, string>();

/**
 * Arabic presentation forms (U+FB50–FDFF, U+FE70–FEFC), which text copied from a PDF is full of,
 * fold as their compatibility decomposition (NFKC) folds: ﻃ → ط, ﺓ → ه, ﻷ → لا (EXPAND). An
 * isolated vowel sign (ﹰ = space + fathatan) is a mark (IGNORE); a phrase ligature (ﷺ, several
 * words) and an ornament with no letters behind it break words.
 */
function foldPresentationForm(c: number): number {
  const decomposed = String.fromCharCode(c).normalize("NFKC");
  if (decomposed.length === 1 && decomposed.charCodeAt(0) === c) return BREAK;
  let letters = "";
  let spaces = false;
  for (let i = 0; i < decomposed.length; i++) {
    const f = foldCode(decomposed.charCodeAt(i)); // base letters and marks: never a presentation form
    if (f === IGNORE) continue;
    if (f < 0) spaces = true;
    else letters += String.fromCharCode(f);
  }
  if (spaces) return letters === "" ? IGNORE : BREAK;
  if (letters.length <= 1) return letters === "" ? IGNORE : letters.charCodeAt(0);
  expansions.set(c, letters);
  return EXPAND;
}

/**
 * The folded letters of a character that folds to EXPAND, else "".
 * Example: foldExpansion(0xFEFB) (ﻻ) === "لا"; foldExpansion(0xFEF7) (ﻷ) === "لا".
 */
export function foldExpansion(c: number): string {
  if (!expansions.has(c)) foldCode(c);
  return expansions.get(c) ?? "";
}

let table: Int32Array | undefined;

/**
 * foldCode for every UTF-16 code unit, computed once (256 KB): the tokenizer's hot loop reads
 * this table instead of branching per character. Example: foldTable()[0x0629] === 0x0647.
 */
export function foldTable(): Int32Array {
  if (!table) {
    table = new Int32Array(0x10000);
    for (let c = 0; c < 0x10000; c++) table[c] = foldCode(c);
  }
  return table;
}

/** True for whitespace that may sit between the words of one multi-word name (not a newline). */
export function isInlineSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

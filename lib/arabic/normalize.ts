import { BREAK, EXPAND, IGNORE, foldExpansion, foldTable } from "./fold";

/**
 * Folded text with a map back to the original: `offsets[i]` is the index in the original
 * text of folded character i, and `offsets[folded.length]` is the original length. The letters
 * a ligature folds to (ﻻ → لا) all map to the ligature's index.
 * Word breaks are kept as a single space so word boundaries survive folding.
 */
export type Normalized = { folded: string; offsets: number[] };

/**
 * Folds text into char codes, calling `emit(code, originalIndex)` for each folded character:
 * one space per run of word breaks, none at either end.
 */
function foldInto(text: string, emit: (code: number, at: number) => void): void {
  const fold = foldTable();
  let pendingBreak = -1; // original index of a break not yet emitted (only between words)
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const f = fold[c]!;
    if (f === IGNORE) continue;
    if (f === BREAK) {
      if (started && pendingBreak < 0) pendingBreak = i;
      continue;
    }
    if (pendingBreak >= 0) {
      emit(0x20, pendingBreak);
      pendingBreak = -1;
    }
    started = true;
    if (f === EXPAND) {
      const letters = foldExpansion(c);
      for (let k = 0; k < letters.length; k++) emit(letters.charCodeAt(k), i);
    } else emit(f, i);
  }
}

function codesToString(codes: number[]): string {
  let s = "";
  for (let i = 0; i < codes.length; i += 8192) s += String.fromCharCode(...codes.slice(i, i + 8192));
  return s;
}

/**
 * Normalises any text for matching, keeping where each folded character came from (normalizeName
 * is the same folding without the map: the gazetteer index, search keys): letters folded
 * (أ إ آ ٱ → ا, ة → ه, ى ی → ي, ک → ك, Arabic-Indic digits → ASCII, Latin lower-cased,
 * presentation forms from PDFs → their letters), tashkeel/tatweel/zero-width dropped, every run
 * of non-word characters turned into one space, none at either end.
 *
 * Example: normalizeWithOffsets("في «مصراتةَ»") → folded "في مصراته", offsets[3] === 4;
 * a hit at folded [a, b) is the original text.slice(offsets[a], offsets[b - 1] + 1).
 */
export function normalizeWithOffsets(text: string): Normalized {
  const out: number[] = [];
  const offsets: number[] = [];
  foldInto(text, (code, at) => {
    out.push(code);
    offsets.push(at);
  });
  offsets.push(text.length);
  return { folded: codesToString(out), offsets };
}

/**
 * The index key of a name: folded words joined by one space (no offset map is built).
 * Example: normalizeName("عين زارةَ") === normalizeName("عين  زاره") === "عين زاره".
 */
export function normalizeName(name: string): string {
  const out: number[] = [];
  foldInto(name, (code) => out.push(code));
  return codesToString(out);
}

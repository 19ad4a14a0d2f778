import { BREAK, IGNORE, foldCode } from "./fold";

/**
 * Folded text with a map back to the original: `offsets[i]` is the index in the original
 * text of folded character i, and `offsets[folded.length]` is the original length.
 * Word breaks are kept as a single space so word boundaries survive folding.
 */
export type Normalized = { folded: string; offsets: number[] };

/**
 * Normalises any text for matching (search code in lib/explore reuses it): letters folded
 * (أ إ آ ٱ → ا, ة → ه, ى ی → ي, ک → ك, Arabic-Indic digits → ASCII, Latin lower-cased),
 * tashkeel/tatweel/zero-width dropped, every run of non-word characters turned into one space.
 *
 * Example: normalizeWithOffsets("في مصراتةَ") → folded "في مصراته", offsets[3] === 3;
 * a hit at folded [a, b) is the original text.slice(offsets[a], offsets[b - 1] + 1).
 */
export function normalizeWithOffsets(text: string): Normalized {
  const out: number[] = [];
  const offsets: number[] = [];
  let lastWasBreak = true;
  for (let i = 0; i < text.length; i++) {
    const f = foldCode(text.charCodeAt(i));
    if (f === IGNORE) continue;
    if (f === BREAK) {
      if (!lastWasBreak) {
        out.push(0x20);
        offsets.push(i);
        lastWasBreak = true;
      }
      continue;
    }
    out.push(f);
    offsets.push(i);
    lastWasBreak = false;
  }
  if (out.length > 0 && out[out.length - 1] === 0x20) {
    out.pop();
    offsets.pop();
  }
  offsets.push(text.length);
  let folded = "";
  for (let i = 0; i < out.length; i += 8192) folded += String.fromCharCode(...out.slice(i, i + 8192));
  return { folded, offsets };
}

/**
 * The index key of a name: folded words joined by one space.
 * Example: normalizeName("عين زارةَ") === normalizeName("عين  زاره") === "عين زاره".
 */
export function normalizeName(name: string): string {
  return normalizeWithOffsets(name).folded;
}

const LETTER = /\p{L}/u;
const ARABIC_LETTER = /\p{Script=Arabic}/u;

/** How much of a text must be Arabic for it to count as an Arabic article (share of its letters). */
export const MIN_ARABIC_LETTER_SHARE = 0.5;

/**
 * The share of the letters in `text` that are Arabic letters (0..1); digits, spaces and
 * punctuation don't count either way. `letters` is 0 for a text with no letters at all.
 *
 * @example arabicLetterShare("طرابلس Tripoli") // { letters: 12, arabic: 5, share: 5/12 }
 */
export function arabicLetterShare(text: string): { letters: number; arabic: number; share: number } {
  let letters = 0;
  let arabic = 0;
  for (const ch of text) {
    if (!LETTER.test(ch)) continue;
    letters++;
    if (ARABIC_LETTER.test(ch)) arabic++;
  }
  return { letters, arabic, share: letters === 0 ? 0 : arabic / letters };
}

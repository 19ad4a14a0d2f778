import { normalizeName } from "../arabic";

// Apostrophes and transliteration marks (Ra's Lanuf, Maʿtan) are not part of a spelling people type.
const APOSTROPHES = /['\u2018\u2019\u02BB\u02BC\u02BE\u02BF\u0060\u00B4]/g;
// Precomposed Latin letters with diacritics (Latin-1, Extended-A/B, Extended Additional).
const ACCENTED_LATIN = /[\u00C0-\u024F\u1E00-\u1EFF]/g;
const COMBINING_LATIN = /[\u0300-\u036F]/g;

/**
 * The form a name or a query is compared in: lib/arabic's normaliser (hamza forms, ta
 * marbuta, alef maqsura, tashkeel, tatweel, digits, ASCII case, punctuation and hyphens to
 * single spaces) after folding Latin accents and dropping apostrophes, which the Arabic
 * normaliser leaves alone. Only Latin letters are decomposed: NFD on Arabic would split
 * ؤ and ئ and drift from the gazetteer's own keys.
 *
 * @example searchKey("Abu-Qurain") === searchKey("abu qurain") // "abu qurain"
 * @example searchKey("Miṣrātah") // "misratah"
 * @example searchKey("مُصْراتة") === searchKey("مصراته")
 */
export function searchKey(text: string): string {
  const latin = text
    .replace(APOSTROPHES, "")
    .replace(ACCENTED_LATIN, (c) => c.normalize("NFD").replace(COMBINING_LATIN, ""))
    .toLowerCase();
  return normalizeName(latin);
}

/** Articles that begin a transliterated Arabic word: al-, el-, and the sun-letter forms (az-Zawiya, as-Sidr, ash-Shati). */
const ARTICLES = new Set(["al", "el", "il", "ul", "az", "ez", "as", "es", "ash", "esh", "at", "et", "ad", "ed", "ar", "er", "an", "en", "adh", "ath"]);

/**
 * A Latin transliteration folded to a key two spellings of the same name share: lower case,
 * diacritics off (ā ī ū ḩ ş ţ ḑ), ʿayn and hamza marks off (‘ ’ ' ʿ ʾ), the article dropped
 * wherever it stands as a word of its own (al-, el-, az-, ash- …), hyphens and spaces gone, doubled
 * letters single, and a final -ah written -a. Not a transliteration scheme: two different names may
 * share a key, so a match is only ever taken near the entry's own point.
 *
 * Example: latinNameKey("Az Zāwīyah") === latinNameKey("Zawiya") === "zawiya";
 * latinNameKey("Bi’r al Ghanam") === latinNameKey("Bir al-Ghanam") === "birghanam".
 */
export function latinNameKey(name: string): string {
  const words = name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[‘’'`ʿʾʼ´]/g, "")
    .split(/[\s\-‐–—_.,()]+/)
    .filter((w) => w !== "" && !ARTICLES.has(w));
  return words
    .join("")
    .replace(/(.)\1+/g, "$1")
    .replace(/ah$/, "a");
}

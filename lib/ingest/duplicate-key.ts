// The one place that decides when two articles are "the same text", so the normaliser can change here alone.
const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const TATWEEL = /\u0640/g;

/**
 * A key under which two copies of one article compare equal: Unicode NFC, Arabic diacritics and
 * tatweel dropped, alef forms (أ إ آ ٱ) folded to ا, ى to ي, ة to ه, and all whitespace runs
 * collapsed to one space, trimmed.
 *
 * @example duplicateKey("  مِصْراتة\r\n") === duplicateKey("مصراته") // true
 */
export function duplicateKey(text: string): string {
  return text
    .normalize("NFC")
    .replace(DIACRITICS, "")
    .replace(TATWEEL, "")
    .replace(/[أإآٱ]/g, "ا")
    .replace(/ى/g, "ي")
    .replace(/ة/g, "ه")
    .replace(/\s+/gu, " ")
    .trim();
}

import { normalizeName } from "../arabic";

// The one place that decides when two articles are "the same text", so the rule can change here alone.
/**
 * A key under which two copies of one article compare equal: lib/arabic's normaliser (alef,
 * ta marbuta and ya forms folded, tashkeel and tatweel dropped, Latin lower-cased, every run of
 * spaces and punctuation one space), applied to the NFC form of the text.
 *
 * @example duplicateKey("  مِصْراتة،\r\n") === duplicateKey("مصراته") // true
 */
export function duplicateKey(text: string): string {
  return normalizeName(text.normalize("NFC"));
}

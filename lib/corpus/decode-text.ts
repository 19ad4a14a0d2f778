// Fatal: a byte that is not UTF-8 is an error, never a silent U+FFFD. ignoreBOM false: a leading
// byte-order mark is dropped, so offsets count from the first real character.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * An article's bytes as text, decoded one way everywhere (seeds, the article view, the geoparse
 * CLI) so mention offsets agree: strict UTF-8, a leading BOM dropped. undefined when the bytes
 * are not UTF-8.
 *
 * @example decodeArticle(Buffer.from("\uFEFFفي سرت")) // → "في سرت"
 * @example decodeArticle(Buffer.from([0xd8, 0xb3, 0xff])) // → undefined
 */
export function decodeArticle(bytes: Uint8Array): string | undefined {
  try {
    return utf8.decode(bytes);
  } catch {
    return undefined;
  }
}

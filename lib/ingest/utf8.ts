/**
 * The byte offset of the first invalid UTF-8 sequence in `bytes`, or -1 when all of it is valid.
 * Follows the same rules as `new TextDecoder("utf-8", { fatal: true })` (WHATWG Encoding):
 * no overlong forms, no surrogates (U+D800–DFFF), nothing above U+10FFFF, no truncated sequences.
 * TextDecoder says only *that* the bytes are bad; this scan says *where*, so a user can find it.
 *
 * @example firstInvalidUtf8Offset(new Uint8Array([0x61, 0xff])) // 1
 */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lower = 0xa0; // overlong
      if (b === 0xed) upper = 0x9f; // surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lower = 0x90; // overlong
      if (b === 0xf4) upper = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined) return i;
      const lo = k === 1 ? lower : 0x80;
      const hi = k === 1 ? upper : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

export type Utf8Result = { ok: true; text: string } | { ok: false; offset: number };

/**
 * Decodes strict UTF-8 (a leading byte-order mark is dropped), or gives the offset of the first bad byte.
 *
 * @example decodeUtf8Strict(new TextEncoder().encode("ليبيا")) // { ok: true, text: "ليبيا" }
 */
export function decodeUtf8Strict(bytes: Uint8Array): Utf8Result {
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    const offset = firstInvalidUtf8Offset(bytes);
    return { ok: false, offset: offset < 0 ? 0 : offset };
  }
}

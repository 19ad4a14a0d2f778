import { decodeUtf8Strict } from "../utf8";

export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; reason: string };

// Where a page or a feed says how it is written, in the order browsers and XML parsers trust them.
const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const XML_ENCODING = /^<\?xml[^>]*\sencoding\s*=\s*["']([\w.:-]+)["']/i;

/**
 * An input's bytes as text. A byte-order mark decides first (UTF-8 or UTF-16), then `declared`
 * (an HTTP Content-Type charset), then, when `sniff` is set (pages and feeds), the page's
 * <meta charset> or the XML declaration's encoding; else UTF-8. Decoding is strict: a byte that
 * is not in the encoding is refused with its offset, never turned into U+FFFD. A NUL byte outside
 * UTF-16 calls the input binary. Arabic pages still written in windows-1256 come out as Unicode.
 *
 * @example decodeInput(new Uint8Array([0xc7, 0xe1]), { declared: "windows-1256" }) // { ok: true, text: "ال", encoding: "windows-1256" }
 */
export function decodeInput(bytes: Uint8Array, opts: { declared?: string; sniff?: boolean } = {}): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return strict(bytes, "utf-16le");
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return strict(bytes, "utf-16be");
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { ok: false, reason: `looks like a binary file: NUL byte at byte offset ${nul}` };
  const isBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  let label = isBom ? "utf-8" : opts.declared?.trim();
  if (!label && opts.sniff) {
    // Declarations are ASCII and come first: reading the head as latin1 finds them in any encoding.
    const head = Buffer.from(bytes.subarray(0, 2048)).toString("latin1");
    label = XML_ENCODING.exec(head.trimStart())?.[1] ?? META_CHARSET.exec(head)?.[1];
  }
  return strict(bytes, label || "utf-8");
}

function strict(bytes: Uint8Array, label: string): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    return { ok: false, reason: `unknown character encoding "${label}"` };
  }
  if (decoder.encoding === "utf-8") {
    const r = decodeUtf8Strict(bytes);
    if (r.ok) return { ok: true, text: r.text, encoding: "utf-8" };
    const bad = bytes[r.offset] ?? 0;
    return {
      ok: false,
      reason: `not valid UTF-8: invalid byte sequence at byte offset ${r.offset} (byte 0x${bad.toString(16).padStart(2, "0")})`,
    };
  }
  try {
    return { ok: true, text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return { ok: false, reason: `not valid ${decoder.encoding} text` };
  }
}

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeUtf8Strict, firstInvalidUtf8Offset } from "./utf8";

const bytes = (...b: number[]) => new Uint8Array(b);

describe("firstInvalidUtf8Offset", () => {
  it("is -1 for valid text in any script", () => {
    expect(firstInvalidUtf8Offset(new TextEncoder().encode("Tripoli طرابلس 🇱🇾 ⵜⴰⵎⴰⵣⵉⵖⵜ"))).toBe(-1);
  });
  it.each([
    ["a stray continuation byte", bytes(0x61, 0x80), 1],
    ["a Latin-1 é", bytes(0xd9, 0x84, 0xe9, 0x20), 2],
    ["an overlong two-byte form", bytes(0x41, 0xc0, 0xaf), 1],
    ["an overlong three-byte form", bytes(0xe0, 0x80, 0xaf), 0],
    ["a UTF-16 surrogate", bytes(0x20, 0xed, 0xa0, 0x80), 1],
    ["a code point above U+10FFFF", bytes(0xf4, 0x90, 0x80, 0x80), 0],
    ["a sequence cut short at the end", bytes(0xd9, 0x84, 0xd9), 2],
    ["0xFF", bytes(0xff), 0],
  ])("finds %s", (_what, input, offset) => {
    expect(firstInvalidUtf8Offset(input)).toBe(offset);
  });
  it("agrees with TextDecoder's fatal mode on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        let valid = true;
        try {
          new TextDecoder("utf-8", { fatal: true }).decode(b);
        } catch {
          valid = false;
        }
        expect(firstInvalidUtf8Offset(b) === -1).toBe(valid);
        // Everything before the reported offset decodes cleanly.
        const at = firstInvalidUtf8Offset(b);
        if (at >= 0) expect(() => new TextDecoder("utf-8", { fatal: true }).decode(b.slice(0, at))).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });
});

describe("decodeUtf8Strict", () => {
  it("decodes and drops a byte-order mark", () => {
    expect(decodeUtf8Strict(bytes(0xef, 0xbb, 0xbf, 0xd9, 0x84))).toEqual({ ok: true, text: "ل" });
  });
  it("gives the offset of the first bad byte", () => {
    expect(decodeUtf8Strict(bytes(0x41, 0x42, 0xfe))).toEqual({ ok: false, offset: 2 });
  });
});

import { normalizeName } from "../arabic";
import type { Place } from "./place";

/**
 * A node of the word trie: `places` named by the words on the path from the root,
 * `next` the words that may follow. "عين" → "زاره" holds Ain Zara.
 */
export type TrieNode = { places: Place[] | null; next: Map<string, TrieNode> | null };

const FILTER_BITS = 20;
const ALEF = 0x0627;

/**
 * A hash of a word from its length, first two and last characters, computed without building
 * the string: `virtualHash(w, from, alef)` hashes ("ا" if alef) + w.slice(from).
 */
function virtualHash(w: string, from: number, alef: boolean): number {
  const len = w.length - from + (alef ? 1 : 0);
  const c0 = alef ? ALEF : w.charCodeAt(from);
  const c1 = alef ? w.charCodeAt(from) : len > 1 ? w.charCodeAt(from + 1) : 0;
  const cl = w.charCodeAt(w.length - 1);
  const h = Math.imul(len, 0x9e3779b1) ^ Math.imul(c0, 0x85ebca6b) ^ Math.imul(c1 + 1, 0xc2b2ae35) ^ Math.imul(cl + 7, 0x27d4eb2f);
  return (Math.imul(h ^ (h >>> 15), 0x2c1b3c6d) >>> (32 - FILTER_BITS)) >>> 0;
}

/** Prefix words that are often written fused with the next word: "أبو قرين" / "أبوقرين". */
const FUSING_PREFIXES = new Set(["ابو", "بو", "بن"]);

/**
 * Normalised Arabic names → places, for the geoparser. The names (nameAr, aliases.ar) live in a
 * trie of words so a text is matched token by token, longest name first, in time independent of
 * the number of names. English names are not indexed here (search matches them in lib/explore).
 *
 * Example: index.first("عين")?.next?.get("زاره")?.places → [ain-zara].
 */
export class NameIndex {
  private readonly root = new Map<string, TrieNode>();
  private longest = 1;
  /** A one-hash Bloom filter of first words: most tokens are rejected before any string is built. */
  private readonly filter = new Uint32Array((1 << FILTER_BITS) / 32);

  /** Adds every Arabic name of a place (a spelling that folds to a key it already has is ignored). */
  add(place: Place): void {
    for (const name of [place.nameAr, ...place.aliases.ar]) {
      const key = normalizeName(name);
      if (key === "") continue;
      this.addArabicKey(key, place);
      const words = key.split(" ");
      if (words.length > 1 && FUSING_PREFIXES.has(words[0]!)) {
        this.addArabicKey(words[0]! + words.slice(1).join(" "), place);
      }
    }
  }

  private addArabicKey(key: string, place: Place): void {
    const words = key.split(" ");
    this.longest = Math.max(this.longest, words.length);
    let level = this.root;
    let node: TrieNode | undefined;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      node = level.get(w);
      if (!node) {
        node = { places: null, next: null };
        level.set(w, node);
        if (i === 0) {
          const h = virtualHash(w, 0, false);
          this.filter[h >>> 5]! |= 1 << (h & 31);
        }
      }
      if (i < words.length - 1) {
        node.next ??= new Map();
        level = node.next;
      }
    }
    const places = (node!.places ??= []);
    if (!places.includes(place)) places.push(place);
  }

  /** The trie node for a name's first word (already normalised), if any name starts with it. */
  first(word: string): TrieNode | undefined {
    return this.root.get(word);
  }

  /**
   * The trie node for the first word ("ا" if `alef`) + word.slice(from), without building that
   * string unless the filter says a name may start with it: the hot path of the geoparser.
   * Example: firstAt("بالجفره", 1, false) is first("الجفره"); firstAt("للجفره", 1, true) too.
   */
  firstAt(word: string, from: number, alef: boolean): TrieNode | undefined {
    const h = virtualHash(word, from, alef);
    if ((this.filter[h >>> 5]! & (1 << (h & 31))) === 0) return undefined;
    return this.root.get(alef ? "ا" + word.slice(from) : from === 0 ? word : word.slice(from));
  }


  /** The number of words of the longest Arabic name. */
  get maxWords(): number {
    return this.longest;
  }
}

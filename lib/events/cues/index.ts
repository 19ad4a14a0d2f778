import type { Cue } from "../types";
import { isWord, plausible, type Word } from "../words";
import { wordSet } from "../wordset";
import { CIVIL_CUES } from "./civil";
import { CLASH_CUES } from "./combat-clash";
import { CONTROL_CUES } from "./control";
import type { CueEntry } from "./entry";
import { MILITARY_CUES } from "./military";
import { STRIKE_CUES } from "./strike";

/** Every cue family, in the order a word that is in two of them is read (combat first). */
export const CUE_FAMILIES: readonly (readonly CueEntry[])[] = [CONTROL_CUES, STRIKE_CUES, CLASH_CUES, MILITARY_CUES, CIVIL_CUES];

const NAMED = wordSet(["ميدان", "ساحة", "شارع", "حي", "جامعة", "مستشفى", "فندق", "مسجد", "مدرسة", "جسر", "برج", "دوار", "كلية", "منتزه"]);

type Hit = { entry: CueEntry; future: boolean };
let index: Map<string, Hit[]> | undefined;

/** One look-up table from every written form to its entries, built once. */
function cueIndex(): Map<string, Hit[]> {
  if (index) return index;
  index = new Map();
  for (const family of CUE_FAMILIES) {
    for (const e of family) {
      for (const [forms, future] of [[e.forms, false], [e.future ?? [], true]] as const) {
        for (const f of forms) {
          const list = index.get(f) ?? [];
          if (!list.some((h) => h.entry === e)) list.push({ entry: e, future });
          index.set(f, list);
        }
      }
    }
  }
  return index;
}

/**
 * The cue words of the text (one pass over its words): each with its sense, its word range, its
 * character span (an `extend` word included), whether it is a future form (س + imperfect), and
 * the proclitics it was read under (`prefix`: ل marks a purpose, negation-future).
 *
 * @example findCues("قصفت قوات حفتر مطار معيتيقة", words(...))[0] // → {role:"combat", kind:"strike", start:0, end:4, ...}
 */
export function findCues(text: string, ws: readonly Word[]): (Cue & { prefix: string })[] {
  const idx = cueIndex();
  const out: (Cue & { prefix: string })[] = [];
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k]!;
    let found: (Cue & { prefix: string }) | undefined;
    for (let r = 0; r < w.stems.length && !found; r++) {
      if (!plausible(w.stems[r]!, w.prefixes[r]!)) continue;
      for (const hit of idx.get(w.stems[r]!) ?? []) {
        const e = hit.entry;
        if (e.next && !isWord(ws[k + 1], e.next)) continue;
        if (e.notAfter && isWord(ws[k - 1], e.notAfter)) continue;
        if (e.notNext && isWord(ws[k + 1], e.notNext)) continue;
        let last = k;
        while (e.extend && last < k + 2 && isWord(ws[last + 1], e.extend) && adjacent(text, ws[last]!, ws[last + 1]!)) last++;
        found = { ...e.sense, first: k, last, start: w.start, end: ws[last]!.end, future: hit.future, prefix: w.prefixes[r]! };
        break;
      }
    }
    // A word after the head of a named square, street or institution is part of its name:
    // «ميدان التحرير», «شارع الاستقلال», «مستشفى الجلاء».
    if (found && isWord(ws[k - 1], NAMED)) found = undefined;
    if (found) {
      out.push(found);
      k = found.last;
    }
  }
  return out;
}

/** True when only spaces separate two words (a phrase does not run over punctuation). */
function adjacent(text: string, a: Word, b: Word): boolean {
  return /^[\s\u200c-\u200f]*$/.test(text.slice(a.end, b.start));
}

import { foldTable as foldTable_, IGNORE as IGNORE_ } from "../../arabic/fold";
import type { Candidate, Signals } from "../candidate";
import type { Context } from "../context";
import { VOCALISED_NAMES as VOCALISED_NAMES_ } from "../words";

// Local copies: under tsx every imported binding is a getter, and these run per candidate.
const foldTable = foldTable_;
const IGNORE = IGNORE_;
const VOCALISED_NAMES = VOCALISED_NAMES_;

/** The rejection reason of a name whose harakat spell another word. */
export const VOCALISED = "vocalised as another word";

const FIRST_MARK = 0x064b; // fathatan … sukun
const LAST_MARK = 0x0652;
const ALEF = 0x0627;
const ALEF_FORMS = new Set([0x0623, 0x0625, 0x0622, 0x0671, ALEF]);

/** Per letter of a name: the harakat it may carry, and for an alef the forms it may take. */
type Letter = { marks: Set<number>; alefs: Set<number> };

const SPELLINGS: ReadonlyMap<string, readonly Letter[]> = new Map(
  [...VOCALISED_NAMES].map(([key, spellings]) => [key, letters(key, spellings)]),
);

/**
 * A homograph name whose harakat (or hamza) in the text are ones the name never has is the
 * other word: "سرّت" (pleased), "سَرَت" (spread), "سرتُ" (I walked), "أدري" (I know, the town
 * is إدري), "مُصِرّ" (insisting). Unvocalised text says nothing; "سِرْت" stays Sirte.
 *
 * Example: in "سرَت موجة" → { reject: "vocalised as another word" }; in "في سِرْت" → null.
 */
export function vocalisation(c: Candidate, ctx: Context): Signals | null {
  if (c.first !== c.last) return null;
  const spec = SPELLINGS.get(c.key);
  if (!spec) return null;
  const fold = foldTable();
  const { text } = ctx;
  const end = ctx.tokens[c.first]!.end;
  let k = -1;
  for (let i = c.start; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= FIRST_MARK && ch <= LAST_MARK) {
      if (k >= 0 && !spec[k]!.marks.has(ch)) return { reject: VOCALISED };
      continue;
    }
    if (fold[ch] === IGNORE) continue;
    const letter = spec[++k];
    if (!letter) return null;
    if (ALEF_FORMS.has(ch) && !letter.alefs.has(ch)) return { reject: VOCALISED };
  }
  return null;
}

/** The letters of `key` with the marks and alef forms its vocalised spellings allow. */
function letters(key: string, spellings: readonly string[]): Letter[] {
  const fold = foldTable();
  const out: Letter[] = [...key].map(() => ({ marks: new Set<number>(), alefs: new Set([ALEF]) }));
  for (const s of spellings) {
    let k = -1;
    for (const ch of s) {
      const code = ch.charCodeAt(0);
      if (code >= FIRST_MARK && code <= LAST_MARK) out[k]?.marks.add(code);
      else if (fold[code] !== IGNORE && ++k < out.length && ALEF_FORMS.has(code)) out[k]!.alefs.add(code);
    }
    if (k !== out.length - 1) throw new Error(`VOCALISED_NAMES: "${s}" does not spell "${key}"`);
  }
  return out;
}

import { normalizeName } from "../arabic";

// Pronoun suffixes a verb or noun carries as one written word: قصفها، سيطرتهم، هجومه.
const PRONOUNS = ["ه", "ها", "هم", "هما", "هن", "نا", "كم"];

/**
 * The written forms of a verb, folded, from its past stem and its imperfect stem (without the
 * person prefix): past with subject and object suffixes, imperfect with ي ت ن ا and the plural
 * and dual endings. Future forms (س + imperfect) are returned apart so negation-future can
 * tell them. Hamzated alefs fold to ا (lib/arabic), so "أسقط" and "اسقط" are one entry.
 *
 * @example verbForms("قصف", "قصف").present.includes("يقصفون") // true
 * @example verbForms("استعاد", "ستعيد").future.includes("ستستعيد") // true
 */
export function verbForms(past: string, present: string): { present: string[]; future: string[] } {
  const p = normalizeName(past);
  const s = normalizeName(present);
  const out = new Set<string>();
  for (const end of ["", "ت", "وا", "ا", "تا", "ن", "نا", "تم", "و"]) {
    out.add(p + end);
    // Not the bare past + ه: folded it is a feminine noun («زاره» is وزارة's زارة, قتله is قتلة).
    if (end === "" || end === "ت" || end === "وا" || end === "ا") for (const o of PRONOUNS) if (end !== "" || o !== "ه") out.add(p + (end === "وا" ? "و" : end) + o);
  }
  const imperfect = new Set<string>();
  for (const pre of ["ي", "ت", "ن", "ا"]) {
    for (const end of ["", "ون", "ان", "ن", "وا", "ين"]) {
      imperfect.add(pre + s + end);
      if (end === "" || end === "ون" || end === "وا") for (const o of PRONOUNS) imperfect.add(pre + s + (end === "وا" ? "و" : end) + o);
    }
  }
  const future = [...imperfect].filter((f) => !f.startsWith("ا")).map((f) => "س" + f);
  return { present: [...out, ...imperfect], future };
}

/**
 * The written forms of nouns (verbal nouns, plurals), folded: bare, with the article, with the
 * accusative alef (هجوما), and with pronoun suffixes (a final ة becomes ت before them:
 * سيطرتها). The proclitics و ف ب ل ك are peeled at look-up (lib/arabic readings), not here.
 *
 * @example nounForms("سيطرة").includes("السيطره") && nounForms("سيطرة").includes("سيطرتها") // true
 */
export function nounForms(...nouns: string[]): string[] {
  const out = new Set<string>();
  for (const n of nouns) {
    const f = normalizeName(n);
    const bound = f.endsWith("ه") ? f.slice(0, -1) + "ت" : f;
    for (const base of [f, f.endsWith("ه") ? "" : f + "ا", bound + "ين", bound + "ان"]) {
      if (base === "") continue;
      out.add(base);
      out.add("ال" + base);
    }
    for (const o of PRONOUNS) out.add(bound + o);
    if (f.startsWith("ال")) out.add(f.slice(2));
  }
  return [...out];
}

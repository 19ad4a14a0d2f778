/**
 * One way to read a word: the name part (`stem`, folded) after `prefixLength` folded
 * characters of proclitics. The span of a name found this way starts after the prefix.
 */
export type Reading = { stem: string; prefixLength: number };

const CONJUNCTIONS = "وف";
const PREPOSITIONS = "بلك";

/**
 * The readings of a folded word, the word itself first, then with proclitics peeled:
 * a conjunction (و ف), then a preposition (ب ل ك), in that order, each at most once.
 * ل before the article ال drops the alef (لل): "للجفره" also reads as "الجفره" with only the
 * first ل outside the span, so the article's ل stays in the name.
 * A stem keeps at least 2 letters, so a two-letter word is never reduced to one.
 * The article ال is not peeled: names that take it are written with it (الجفرة, الزاوية) and
 * the gazetteer lists both forms where usage varies (الوشكة / وشكة), while peeling it would
 * turn ordinary words into names. So ال stays inside the span when it belongs to the name.
 *
 * Examples: readings("وبالجفره") → "وبالجفره", "بالجفره" (1), "الجفره" (2);
 *           readings("للجفره") → "للجفره", "لجفره" (1), "الجفره" (1).
 */
export function readings(word: string): Reading[] {
  const out: Reading[] = [{ stem: word, prefixLength: 0 }];
  let i = 0;
  if (CONJUNCTIONS.includes(word[0] ?? "") && word.length - 1 >= 2) {
    i = 1;
    out.push({ stem: word.slice(1), prefixLength: 1 });
  }
  const p = word[i];
  if (p !== undefined && PREPOSITIONS.includes(p) && word.length - i - 1 >= 2) {
    out.push({ stem: word.slice(i + 1), prefixLength: i + 1 });
    if (p === "ل" && word[i + 1] === "ل" && word.length - i - 2 >= 2) {
      out.push({ stem: "ا" + word.slice(i + 1), prefixLength: i + 1 });
    }
  }
  return out;
}

import { isWord, type Word } from "./words";
import { wordSet } from "./wordset";

// Words that open a new clause with its own event: "بينما", "فيما", "في حين", and the verbs
// that introduce a new quotation ("وأضاف", "مؤكدا").
const OPENERS = wordSet([
  "بينما", "فيما", "حين", "كما", "وأضاف", "أضاف", "واضاف", "وتابع", "وأوضح", "موضحا", "مؤكدا", "مضيفا", "مشيرا", "وأكد", "وأشار",
  "وقال", "وذكر", "ولفت", "لافتا", "منوها", "وشدد", "وبين", "وتابعت", "وأضافت", "وقالت", "وأكدت", "مؤكدة", "مضيفة", "مشيرة", "موضحة",
  "لكن", "ولكن", "عقب",
  // Reported speech holds its own event: «قال متحدث … في بنغازي إن قوات القذافي قصفت البريقة».
  "إن", "أن", "بأن", "وإن", "وأن", "فإن", "لأن", "إنه", "أنه", "إنها", "أنها", "إنهم", "أنهم", "بأنه", "بأنها",
  // A relative clause holds its own event: «السفارة في ليبيا، التي تقوم بمهامها من تونس».
  "التي", "الذي", "الذين", "اللذين", "اللتين", "والتي", "والذي", "والذين",
]);
// «إلا أنها تشهد خروقات»: "but", the same clause goes on, not a quotation («غير أن» does open one).
const COMPLEMENTIZERS = wordSet(["إن", "أن", "أنه", "أنها", "أنهم", "وأن", "وإن"]);
const CONCESSIVE = wordSet(["إلا", "رغم", "برغم", "بما"]);
// Punctuation between two words that separates clauses (a headline's "..", a colon, a semicolon).
const SEPARATOR = /\.\.|…|:|;|؛|\||\s[-–—]\s/;

/**
 * The clause around a word, as a word range [from, to) inside the sentence range: it stops
 * before a clause opener and at a separator (EVENTS.md: a cue's scope is the clause that holds
 * the place).
 *
 * @example clauseAround(text, ws, 5, 0, ws.length) // "قصف في سرت، بينما وصل الوفد إلى طرابلس": the clause of طرابلس starts at بينما
 */
export function clauseAround(text: string, ws: readonly Word[], at: number, from: number, to: number): [number, number] {
  let a = at;
  const opens = (i: number) => isWord(ws[i], OPENERS) && !(isWord(ws[i], COMPLEMENTIZERS) && isWord(ws[i - 1], CONCESSIVE));
  while (a > from && !opens(a) && !SEPARATOR.test(text.slice(ws[a - 1]!.end, ws[a]!.start))) a--;
  let b = at + 1;
  while (b < to && !opens(b) && !SEPARATOR.test(text.slice(ws[b - 1]!.end, ws[b]!.start))) b++;
  return [a, b];
}

import type { Governor } from "./scope";
import { isWord, type Word } from "./words";
import { wordSet } from "./wordset";

// Between two names of a list or a locator only these may stand: و، ثم، أو، في، ب، داخل، comma.
const JOINERS = wordSet(["و", "ثم", "أو", "او", "في", "فى", "داخل", "بداخل", "قلب", "بقلب", "وسط", "بوسط"]);

/**
 * True when the phrase at `head` continues the previous place (ending at word `prevLast`):
 * a list («سرت والجفرة»، «سرت، الجفرة») or a container «مطار معيتيقة في طرابلس».
 *
 * @example continues(text, ws, 1, 2, gov, "و") // "قصف سرت والجفرة": الجفرة continues سرت → true
 */
export function continues(text: string, ws: readonly Word[], prevLast: number, head: number, gov: Governor, prefix: string): boolean {
  if (head - prevLast > 3) return false;
  const gap = text.slice(ws[prevLast]!.end, ws[head]!.start);
  if (/[.:؛;()«»"“”]/.test(gap)) return false;
  if (head - prevLast === 1) return /^[وفب]/.test(prefix) || /،|,/.test(gap) || gov.kind === "in";
  for (let i = prevLast + 1; i < head; i++) if (!isWord(ws[i], JOINERS)) return false;
  return true;
}


import type { Cue } from "../types";
import { isWord, type Word } from "../words";
import { wordSet } from "../wordset";

/**
 * Why a cue does not report an event that happened: "negated" (لم، لن، لا، عدم، نفى…),
 * "future" (سوف، س + imperfect, يعتزم، تخطط، المقرر، المرتقب، المقبل…), "hypothetical"
 * (أي تقدم، إذا، في حال، محتمل) or "goal" (a purpose: لدخول، للسيطرة، بهدف استعادة, the aim of
 * an operation, EVENTS.md "further rules").
 */
/** Time words after a place that put its event in the future: «في تونس الشهر المقبل». */
export const FUTURE_TIME = wordSet(["المقبل", "المقبلة", "القادم", "القادمة", "غدا", "لاحقا", "المقبلين"]);

export type Cancellation = "negated" | "future" | "hypothetical" | "goal";

const NEGATORS = wordSet(["لم", "لن", "لا", "ليس", "ليست", "عدم", "دون", "بدون", "غير", "ولم", "ولن", "ولا", "فلم", "فلن", "لما"]);
// "لا تزال تسيطر" asserts control: the verb of continuing sits between the negator and the cue.
const CONTINUING = wordSet(["تزال", "يزال", "زال", "زالت", "تزل", "يزل", "يبرح"]);
const DENIALS = wordSet(["نفى", "نفت", "ينفي", "تنفي", "نفي", "نفوا", "كذب", "كذبت", "تنفيه", "رافضا", "رافضة", "رفض", "رفضت", "يرفض", "ترفض", "رفضه", "رفضها", "رفضوا"]);
const FUTURE_BEFORE = wordSet([
  "سوف", "المقرر", "المزمع", "يعتزم", "تعتزم", "اعتزام", "ينوي", "تنوي", "نية", "يخطط", "تخطط", "خطة", "خطط", "التخطيط", "يهدد", "تهدد",
  "هدد", "هددت", "تهديد", "تهديدات", "يسعى", "تسعى", "يستعد", "تستعد", "استعدادا", "تمهيدا", "يتوقع", "متوقع", "المتوقع", "ستشهد", "يرتقب",
  // Agreed to do it: «اتفقوا على تبادل الأسرى وإزالة الألغام من محيط سرت».
  "اتفقوا", "اتفق", "اتفقت", "اتفقا", "تعهد", "تعهدت", "تعهدوا",
]);
const FUTURE_AFTER = wordSet(["المرتقب", "المرتقبة", "مرتقب", "مرتقبة", "المقبل", "المقبلة", "القادم", "القادمة", "المرتقبين", "المنتظر", "المنتظرة", "المزمع", "المزمعة"]);
const HYPOTHETICAL = wordSet(["أي", "اي", "إذا", "اذا", "لو", "حال", "محتمل", "المحتمل", "محتملة", "المحتملة", "ربما"]);
// Words after which a purpose ل-noun is the aim of an effort ("تسعى للسيطرة"): a plan, not a fact.
// An attempt noun between "أي" and the cue: «أي محاولة للتقدم».
const ATTEMPTS = wordSet(["محاولة", "محاولات", "هدف", "تحرك", "تحركات", "عملية", "قوة", "قوات"]);
// A request or a call scopes over what follows it in its clause: «حثت … على التوقيع على اتفاق».
const REQUESTS = wordSet([
  "حث", "حثت", "يحث", "تحث", "دعا", "دعت", "يدعو", "تدعو", "دعوة", "دعوته", "دعوتها", "طالب", "طالبت", "يطالب", "تطالب", "مطالبة",
  "ناشد", "ناشدت", "يناشد", "أهمية", "ضرورة", "يجب", "ينبغي", "شجع", "حض", "حضت",
]);
// Fighting asserted as going on is reported even inside a call to stop it: «لوقف القتال الدائر».
const ONGOING = wordSet(["الدائر", "الدائرة", "المستمر", "المستمرة", "الجاري", "الجارية", "المتواصل", "المتواصلة", "المندلعة", "المندلع"]);
const UNDERGOING = wordSet([
  "تعرض", "تعرضت", "يتعرض", "تتعرض", "تعرضها", "تعرضه", "التعرض", "التصدي", "تصدت", "تصدى", "صد", "صدت", "نتيجة", "جراء", "إثر", "اثر", "عرضة",
]);
const GOAL_WORDS = wordSet(["بهدف", "لأجل", "أجل", "سعيا", "الرامية", "تهدف", "يهدف"]);

/**
 * Reads the words around a cue for negation, future, hypothesis and purpose; undefined when
 * the cue reports an event. Window: the two words before the cue (the continuing verb of
 * "لا تزال" excepted), five before for a denial, three for a plan, two after for "المرتقب",
 * and back to the clause start (at most 12 words) for a call or request (حث، دعا، طالب), unless
 * the fighting is said to be going on (الدائر).
 *
 * @example cancellation(ws, cueOf("لن نسمح بالتقدم نحو سرت")) // → "negated"
 * @example cancellation(ws, cueOf("قوات لا تزال تسيطر على المدينة")) // → undefined
 */
export function cancellation(ws: readonly Word[], cue: Cue & { prefix: string }, clauseStart = 0): Cancellation | undefined {
  if (cue.future) return "future";
  // Never past the clause: «رفض أعيان المدينة تسليم المطلوبين. ونزحت العائلات» is no refusal to flee.
  const before = (d: number) => (cue.first - d >= clauseStart ? ws[cue.first - d] : undefined);
  if (isWord(before(1), NEGATORS)) return "negated";
  if (isWord(before(2), NEGATORS) && !isWord(before(1), CONTINUING) && !isWord(before(1), HYPOTHETICAL)) return "negated";
  for (let d = 1; d <= 5; d++) if (isWord(before(d), DENIALS)) return "negated";
  for (let d = 1; d <= 4; d++) if (isWord(before(d), FUTURE_BEFORE)) return "future";
  for (let d = 1; d <= 2; d++) if (isWord(ws[cue.last + d], FUTURE_AFTER)) return "future";
  if (isWord(before(1), HYPOTHETICAL) || (isWord(before(2), HYPOTHETICAL) && isWord(before(1), ATTEMPTS))) return "hypothetical";
  if (!isWord(ws[cue.first + 1], ONGOING) && !isWord(ws[cue.last + 1], ONGOING)) {
    for (let d = 1; d <= 12 && cue.first - d >= clauseStart; d++) if (isWord(before(d), REQUESTS)) return "future";
  }
  // ل before a combat cue is a purpose («لهجومها على طرابلس», «للسيطرة على»), unless the place
  // undergoes it («تعرضت لقصف»), it is repelled («التصدي لهجوم») or caused something («نتيجة للقصف»).
  const undergoes = [1, 2, 3, 4, 5, 6, 7].some((d) => isWord(before(d), UNDERGOING));
  const purpose = cue.prefix.endsWith("ل") && cue.role === "combat" && !undergoes && !isWord(ws[cue.first + 1], ONGOING);
  if (purpose || isWord(before(1), GOAL_WORDS)) return "goal";
  return undefined;
}

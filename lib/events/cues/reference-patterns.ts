import type { Governor } from "../scope";
import { isWord, type Word } from "../words";
import { wordSet } from "../wordset";

/** What a reference-pattern check needs: the words, the phrase, its governor, the sentence. */
export type PhraseContext = {
  text: string;
  ws: readonly Word[];
  /** First word of the place's noun phrase (a type word or the name). */
  head: number;
  /** Last word of the name. */
  last: number;
  gov: Governor;
  /** Word range of the sentence, [from, to). */
  from: number;
  to: number;
  /** Other place mentions in the same sentence. */
  others: number;
  isCountry: boolean;
  /** Last words of the cues before the phrase: an institution right after a cue is its object. */
  cueLasts: ReadonlySet<number>;
  /** First word of the phrase's clause (clause.ts). */
  clauseFrom: number;
};

// Heads whose genitive is an origin, an affiliation or a title (EVENTS.md: «قوات مصراتة»).
const AFFILIATION = wordSet([
  "قوات", "قوة", "ميليشيا", "ميليشيات", "مليشيا", "مليشيات", "كتيبة", "كتائب", "لواء", "مرتزقة", "مسلحي", "ثوار", "مجلس", "مجالس",
  "حكومة", "برلمان", "سفارة", "سفارات", "سفير", "وزير", "وزارة", "بعثة", "مبعوث", "ممثل", "رئيس", "رئيسة", "عميد", "عمداء", "مدير",
  "شرطة", "جيش", "حرس", "نواب", "نائب", "أعيان", "حكماء", "مشايخ", "قبائل", "أبناء", "تنسيقية", "غرفة", "عمليات", "مجموعة", "تجمع",
  "جبهة", "تحالف", "مطارنة", "أسقف", "مفتي", "شهداء", "أمن", "حراك", "نقابة", "جامعة", "نادي", "مصرف", "بنك", "قنصلية", "قنصل", "مندوب",
  "ناشطي", "نشطاء", "شباب", "رجال", "سجناء", "نازحي", "مهجري", "إدارة", "مديرية", "مفوضية", "هيئة", "مؤسسة", "شركة", "محكمة",
]);
// Titles that take a preposition before their place: «المبعوث الأممي إلى ليبيا», «بعثة … في ليبيا».
// Not وزير: «وزير الدفاع التركي في طرابلس» says where the minister is.
const TITLES_IN = wordSet(["بعثة", "سفارة", "سفير", "سفيرة", "ممثل", "ممثلة", "مندوب", "مكتب", "قنصلية", "فرع"]);
const TITLES_TO = wordSet(["مبعوث", "مبعوثة", "سفير", "سفيرة", "مندوب", "ممثل", "ممثلة", "بعثة"]);
// Heads of a name: an agreement, a declaration, a track, a conference cited by its place.
const NAME_HEADS = wordSet([
  "إعلان", "اعلان", "اتفاق", "اتفاقية", "اتفاقيات", "مخرجات", "مسار", "مبادرة", "مذكرة", "مؤتمر", "مؤتمري", "قمة", "ملتقى", "حوار",
  "منتدى", "لقاء", "اجتماعات", "محادثات", "جولة", "عملية", "خارطة", "قرارات", "مقررات", "تفاهمات", "مجموعة", "دستور", "بيان", "وثيقة",
  "معاهدة", "اعلانات", "إعلانات",
]);
const AFFILIATION_AND_NAMES: ReadonlySet<string> = new Set([...AFFILIATION, ...NAME_HEADS]);
// After a conference's name: it was held or closed there (EVENTS.md: a past conference is civil there).
const HELD = wordSet(["المنعقد", "المنعقدة", "عقد", "عقدت", "انعقد", "انعقدت", "اختتم", "اختتمت", "انطلق", "انطلقت", "الذي", "التي", "المختتم"]);
const HELD_VERBS = wordSet(["عقد", "عقدت", "انعقد", "انعقدت", "اختتم", "اختتمت", "انطلق", "انطلقت", "المنعقد", "المنعقدة", "المختتم", "اختتام"]);
const DISTANCE = wordSet(["كم", "كلم", "كيلومتر", "كيلومترا", "كيلومترات", "كيلو", "ميل", "ميلا", "أميال", "متر", "مترا", "أمتار", "بعد"]);
const ORIGIN = wordSet([
  "قادمة", "قادم", "قادمين", "قادمون", "القادمة", "القادم", "القادمين", "مدعومة", "مدعوم", "المدعومة", "المدعوم", "المدعومين", "الآتية",
  "آتية", "الوافدين", "وافدين", "فارين", "الفارين", "المنحدرين", "ينحدرون", "تنحدر", "ينحدر", "المنحدر",
]);
const SOURCES = wordSet([
  "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "مراسل", "مراسلة", "متحدث", "الناطق", "ناطق", "شهود", "عميد", "مسئول", "ناشط", "ناشطون",
  "مصدرا", "مصدران", "طبيب", "أطباء",
]);
const BODIES = wordSet([
  "مؤسسة", "هيئة", "لجنة", "شركة", "مفوضية", "سلطات", "وزارة", "مجلس", "حكومة", "مكتب", "إدارة", "مديرية", "جهاز", "مركز", "محكمة", "نيابة",
]);
const BODY_ADJECTIVES = wordSet(["البلدي", "المحلي", "العسكري", "الاجتماعي", "التسييري", "الأعلى", "البلدية"]);
const BUILDINGS = wordSet(["مقر", "مبنى", "ديوان", "مكاتب", "مقار", "مقرات", "بوابة"]);
const STATEMENTS = wordSet(["تصريحات", "تصريح", "بيان", "بيانات", "رسائل", "رسالة", "مواقف", "موقف", "تهديدات", "دعوات", "صادرة", "الصادرة", "خطاب", "كلمة", "متلفز", "متلفزة"]);
const COMPLEMENTIZERS = wordSet(["إن", "أن", "بأن", "وإن", "وأن", "فإن", "لأن", "لكن", "ولكن"]);
// Movements whose starting point is only an origin: «أرتال … تحركت من مدينة مصراتة نحو العاصمة».
const DEPARTURES = wordSet(["تحركت", "تحرك", "تحركوا", "غادرت", "غادر", "غادروا", "قدمت", "قدموا", "جاءت", "جاؤوا", "وصلت", "وصل", "وصلوا", "أقلعت", "أقلعت", "اقلعت"]);
const KICKER = /^\s*(?:\.\.|…|:|-|–|—|\|)/;

/**
 * Why the place is only a reference, from the words around its phrase alone (EVENTS.md,
 * "reference" and "further rules"), or undefined: "locator" (جنوب X، بين X و…), "partner"
 * (مع X), "affiliation" (قوات X، حكومة X، عميد بلدية X), "title" (المبعوث إلى X), "name"
 * (إعلان القاهرة، مخرجات برلين, a conference not said to be held there), "distance"
 * (200 كم من X), "dateline" (X - … at the start of a sentence, or a kicker «X: …» when the
 * sentence names another place), "origin" (قادمة من X، المدعومة من X), "source"
 * (مصدر عسكري في X), "government" (تصريحات من X), "actor" (a country not the scene).
 *
 * @example referenceReason(ctx("اشتباكات في عين زارة جنوب العاصمة طرابلس", "طرابلس")) // → "locator"
 */
export function referenceReason(c: PhraseContext): string | undefined {
  const { ws, head, gov, from } = c;
  const at = (i: number) => (i >= from && i < c.to ? ws[i] : undefined);
  if (gov.kind === "direction" || gov.kind === "between") return "locator";
  if (gov.kind === "with") return "partner";
  if (head === from) {
    const after = c.text.slice(ws[c.last]!.end, ws[c.last + 1]?.start ?? c.text.length);
    if (KICKER.test(after) && (c.others > 0 || /-|–|—/.test(after))) return "dateline";
  }
  if (gov.kind === "none") {
    const prev = at(head - 1);
    // A head in construct with the place has no article: «قوات مصراتة», not «رئيس الحكومة مدينة بنغازي».
    const construct = prev !== undefined && !prev.stems.some((s) => s.startsWith("ال") && AFFILIATION_AND_NAMES.has(s.slice(2)));
    // The subject of a reported clause is an actor: «وإن القاهرة لن تتردد», «أن سرت والجفرة خط أحمر».
    if (isWord(prev, COMPLEMENTIZERS)) return "actor";
    if (construct && isWord(prev, AFFILIATION)) return "affiliation";
    // «المجلس البلدي مصراتة», «المجلس العسكري الزنتان»: a body and its adjective before the place.
    if (isWord(prev, BODY_ADJECTIVES) && isWord(at(head - 2), AFFILIATION)) return "affiliation";
    if (construct && isWord(prev, NAME_HEADS) && !heldThere(c)) return "name";
  }
  if (gov.kind === "in" || gov.kind === "to") {
    const titles = gov.kind === "in" ? TITLES_IN : TITLES_TO;
    for (let d = 1; d <= 4; d++) {
      const t = gov.at - d;
      // «استئناف عمل السفارة الروسية في ليبيا»: the embassy is what the event is about.
      const object = c.cueLasts.has(t - 1) || c.cueLasts.has(t - 2);
      if (isWord(at(t), titles) && !object && !hasVerbBetween(ws, t, gov.at)) return "title";
    }
  }
  if (gov.kind === "from") {
    for (let d = 1; d <= 3; d++) if (isWord(at(gov.at - d), DISTANCE)) return "distance";
    if (isWord(at(gov.at - 1), ORIGIN)) return "origin";
    for (let d = 1; d <= 2; d++) if (isWord(at(gov.at - d), DEPARTURES)) return "origin";
    // «تصريحات من طرابلس», «خطاب متلفز من مقر القيادة في الرجمة»: the speaker acting, no event there.
    for (let d = 1; d <= 3; d++) if (isWord(at(gov.at - d), STATEMENTS)) return "government";
  }
  if (gov.kind === "in") {
    // «مصدر عسكري في بنغازي», «المؤسسة الوطنية للنفط في طرابلس»: a source or a body named by
    // its seat, unless it is the object of a cue («اجتماع المجلس في طرابلس»).
    for (let d = 1; d <= 4; d++) {
      const t = gov.at - d;
      const w = at(t);
      if (!w || c.cueLasts.has(t) || VERBISH.test(w.norm)) break;
      if (isWord(w, SOURCES) || isWord(w, BODIES)) {
        // «مقر مجلس النواب بمدينة طبرق» is a building the event happened at, not a source.
        // A cue earlier in the clause makes the body a participant: «وقعت الحكومة مع شركة إيني
        // في طرابلس اتفاقا», «اجتمع الرئيس مع السفير في طرابلس».
        const participant = [...c.cueLasts].some((l) => l < t && l >= c.clauseFrom);
        const object = participant || isWord(at(t - 1), BUILDINGS);
        return object ? undefined : "source";
      }
    }
  }
  return undefined;
}

/** A conference named by its place and then said to be held or closed there: «مؤتمر برلين المنعقد في…». */
function heldThere(c: PhraseContext): boolean {
  for (let d = 1; d <= 3; d++) {
    const w = c.ws[c.last + d];
    if (!w || c.last + d >= c.to) return false;
    if (isWord(w, HELD_VERBS)) return true;
    if (!isWord(w, HELD)) continue;
  }
  return false;
}

// A verb between a title and the place means the title is not the place's: «وزير … وصل إلى X».
const VERBISH = /^(?:[يتن]\S{2,}|\S{2,}(?:ت|وا))$/;
/** True when a word between the two looks like a finite verb (a cue verb or a verb of arrival). */
function hasVerbBetween(ws: readonly Word[], a: number, b: number): boolean {
  for (let i = a + 1; i < b; i++) if (/^(وصل|زار|توجه|عاد|قدم|حل|سافر)/.test(ws[i]!.stems.at(-1)!) || VERBISH.test(ws[i]!.norm)) return true;
  return false;
}

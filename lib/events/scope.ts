import { isWord, prefixIn, type Word } from "./words";
import { wordSet } from "./wordset";

/**
 * Words that name what a place is and sit before its name inside one noun phrase
 * ("بمدينة مصراتة", "في العاصمة الليبية طرابلس", "قاعدة الجفرة"): the phrase's relation to the
 * sentence is read before them.
 */
export const PLACE_TYPE_WORDS = wordSet([
  "مدينة", "مدينتي", "مدن", "بلدة", "بلدتي", "بلدية", "منطقة", "منطقتي", "مناطق", "حي", "أحياء", "قرية", "قرى", "واحة", "ضاحية",
  "محور", "محوري", "محاور", "العاصمة", "عاصمة", "الليبية", "الليبي", "مطار", "قاعدة", "معسكر", "ميناء", "مرفأ", "حقل", "حقول", "موانئ",
  "مطاري", "قاعدتي", "مصفاة", "منفذ", "معبر", "محطة", "طريق", "شارع", "كلية", "مقر", "جزيرة", "سجن", "مستشفى", "فندق", "جامعة", "ساحة", "ميدان",
  "دولة", "جمهورية", "مدينه", "بلدات", "إقليم", "شعبية", "مديرية",
]);

/**
 * How the noun phrase of a place hangs in its sentence: "in" (في، ب، داخل، وسط، تشهد X),
 * "outskirts" (محيط، ضواحي، تخوم، مشارف، حول، قرب، خارج، أجواء، سماء), "on" (على), "to"
 * (إلى، نحو، باتجاه، تجاه، صوب، حتى), "from" (من، عن), "with" (مع), "between" (بين),
 * "direction" (جنوب، شرق… the place only locates another) or "none" (a subject, an object, a
 * genitive). `at` is the word that says so.
 */
export type Governor = { kind: "in" | "outskirts" | "on" | "to" | "from" | "with" | "between" | "direction" | "none"; at: number };

const IN = wordSet(["في", "فى", "داخل", "بداخل", "وسط", "قلب", "أنحاء", "انحاء", "ارجاء", "عموم", "تشهد", "شهدت", "يشهد", "شهد", "تعيش", "عاشت", "بمدينة"]);
const OUTSKIRTS = wordSet(["محيط", "ضواحي", "تخوم", "مشارف", "حول", "قرب", "بالقرب", "خارج", "أطراف", "اطراف", "أجواء", "سماء", "مداخل", "مدخل", "جوار", "قبالة", "سواحل", "ساحل", "شواطئ", "مياه"]);
const ON = wordSet(["على", "علي", "فوق"]);
const TO = wordSet(["إلى", "الى", "نحو", "باتجاه", "اتجاه", "تجاه", "صوب", "حتى", "حدود"]);
const FROM = wordSet(["من", "عن"]);
const WITH = wordSet(["مع"]);
const BETWEEN = wordSet(["بين", "وبين"]);
/** Compass words: "جنوب طرابلس" only locates something else (EVENTS.md: a locator). */
export const DIRECTIONS = wordSet([
  "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي", "جنوبا", "شمالا", "شرقا", "غربا", "الجنوب", "الشمال", "الشرق", "الغرب",
  "جنوبية", "شمالية", "شرقية", "غربية", "جنوبيّ",
  // «من جهة الزاوية»: a side, not a scene.
  "جهة", "ناحية", "جانب",
]);

/**
 * The first word of the mention's noun phrase: walks back from the mention's first word over
 * place-type words ("في العاصمة الليبية طرابلس" → the word "العاصمة"), never past `floor`.
 *
 * @example phraseHead(words("وفي العاصمة طرابلس"), 2, 0) // → 1
 */
export function phraseHead(ws: readonly Word[], first: number, floor: number): number {
  let h = first;
  while (h - 1 >= floor && isWord(ws[h - 1], PLACE_TYPE_WORDS)) {
    h--;
    // A type word with its own preposition starts the phrase: "بمدينة مصراتة".
    if (/[بل]$/.test(prefixIn(ws[h], PLACE_TYPE_WORDS) ?? "")) break;
  }
  return h;
}

/**
 * The governor of a noun phrase starting at word `h` whose own proclitics are `prefix`
 * (ب on "بطرابلس" or on "بمدينة"). Reads the proclitic first, then the word before, then the
 * word before that for "بالقرب من", "جنوب شرق".
 *
 * @example governor(words("اشتباكات في محيط سرت"), 3, "") // → {kind:"outskirts", at:2}
 */
export function governor(ws: readonly Word[], h: number, prefix: string, floor: number): Governor {
  if (/ب$/.test(prefix)) return { kind: "in", at: h };
  // ل is "of" as often as "to" («الحدود الإدارية لمدينة طرابلس»): a bare phrase.
  if (/ل$/.test(prefix)) return { kind: "none", at: h };
  const prev = h - 1 >= floor ? ws[h - 1] : undefined;
  const prev2 = h - 2 >= floor ? ws[h - 2] : undefined;
  if (!prev) return { kind: "none", at: h };
  if (isWord(prev, DIRECTIONS)) return { kind: "direction", at: h - 1 };
  if (isWord(prev, OUTSKIRTS)) return { kind: "outskirts", at: h - 1 };
  if (isWord(prev, IN)) return { kind: "in", at: h - 1 };
  if (isWord(prev, ON)) return { kind: "on", at: h - 1 };
  if (isWord(prev, TO)) return { kind: "to", at: h - 1 };
  if (isWord(prev, FROM)) {
    if (isWord(prev2, OUTSKIRTS)) return { kind: "outskirts", at: h - 2 };
    return { kind: "from", at: h - 1 };
  }
  if (isWord(prev, WITH)) return { kind: "with", at: h - 1 };
  if (isWord(prev, BETWEEN)) return { kind: "between", at: h - 1 };
  return { kind: "none", at: h };
}

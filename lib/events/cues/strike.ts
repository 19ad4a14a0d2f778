import { nounForms, verbForms } from "../forms";
import { wordSet } from "../wordset";
import { entry, type CueEntry } from "./entry";

const strike = { role: "combat", kind: "strike" } as const;
const AIR = wordSet(["جوية", "الجوية", "جوي", "الجوي", "جويه"]);

/**
 * Air and drone strikes, shelling, missiles, a downed aircraft, targeting and the destruction of
 * a depot (EVENTS.md: strike; استهداف with no weapon named is a strike).
 *
 * @example STRIKE_CUES.some((e) => e.forms.includes("قصفت")) // true
 */
export const STRIKE_CUES: readonly CueEntry[] = [
  entry(strike, verbForms("قصف", "قصف"), nounForms("قصف", "قصفا"), { extend: wordSet(["جوي", "مدفعي", "صاروخي", "عشوائي"]) }),
  entry(strike, verbForms("اغار", "غير"), nounForms("غارة", "غارات"), { extend: AIR }),
  entry(strike, undefined, nounForms("ضربة", "ضربات"), { extend: AIR }),
  entry(strike, verbForms("ضرب", "ضرب")),
  entry(strike, verbForms("استهدف", "ستهدف"), nounForms("استهداف")),
  entry(strike, verbForms("اسقط", "سقط"), nounForms("إسقاط")),
  entry(strike, verbForms("دمر", "دمر"), nounForms("تدمير")),
  // The sound of explosions is bombardment; a single explosion (a car bomb, a gas tank) is not read.
  entry(strike, undefined, nounForms("انفجارات", "دوي")),
  entry(strike, undefined, nounForms("قذائف", "قذيفة", "صواريخ", "صاروخ", "هاون", "المدفعية", "راجمات", "براميل", "غراد")),
  entry(strike, undefined, nounForms("طلعات", "طلعة"), { extend: wordSet(["جوية", "قتالية"]) }),
  entry(strike, undefined, nounForms("مهام", "مهمة"), { next: wordSet(["قتالية"]), extend: wordSet(["قتالية"]) }),
  entry(strike, undefined, nounForms("إطلاق"), { next: wordSet(["صواريخ", "قذائف", "صاروخ"]), extend: wordSet(["صواريخ", "قذائف", "صاروخ"]) }),
];

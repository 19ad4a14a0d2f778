import { nounForms, verbForms } from "../forms";
import { wordSet } from "../wordset";
import { entry, type CueEntry } from "./entry";

const control = { role: "combat", kind: "control" } as const;
const advance = { ...control, tag: "advance" } as const;
const FELL_OTHERWISE = wordSet(["قتلى", "ضحايا", "جرحى", "قذائف", "قذيفة", "صواريخ", "صاروخ", "طائرة", "الطائرة", "مسيرة", "المسيرة", "أمطار", "الأمطار", "مصابين", "قتيلا", "قتيل"]);

/**
 * A change or statement of control: captured, retaken, entered, liberated, secured, withdrawn
 * from, fled from, expelled from, advances, and who controls a place (EVENTS.md: control;
 * "تسيطر" and "تحت سيطرة" count changed or not). تقدم is tagged "advance": toward a place it is
 * a clash, into it a change of control (solver).
 *
 * @example CONTROL_CUES.some((e) => e.forms.includes("استعادت")) // true
 */
export const CONTROL_CUES: readonly CueEntry[] = [
  entry(control, verbForms("سيطر", "سيطر"), nounForms("سيطرة")),
  entry(control, verbForms("استعاد", "ستعيد"), nounForms("استعادة")),
  entry(control, verbForms("استولى", "ستولي"), nounForms("استيلاء")),
  entry(control, verbForms("دخل", "دخل"), nounForms("دخول")),
  entry(control, verbForms("حرر", "حرر"), nounForms("تحرير")),
  entry(control, verbForms("انسحب", "نسحب"), nounForms("انسحاب")),
  entry(control, verbForms("فر", "فر"), nounForms("فرار")),
  entry(control, verbForms("طرد", "طرد"), nounForms("طرد")),
  // Not the verb أمّن: folded it is أمن (security).
  entry(control, undefined, nounForms("تأمين")),
  entry(control, verbForms("اجتاح", "جتاح"), nounForms("اجتياح")),
  // سقوط قتلى / قذائف / طائرة: casualties, shells or an aircraft, not the fall of a place.
  entry(control, undefined, nounForms("سقوط"), { notNext: FELL_OTHERWISE }),
  entry(control, verbForms("استسلم", "ستسلم"), nounForms("استسلام")),
  entry(control, undefined, nounForms("تطهير", "تمشيط")),
  // «سقطت مدينة سرت في أيدي…»; not «سقطت قذيفة», «سقطت الطائرة».
  entry(control, undefined, ["سقط", "سقطت"], { notNext: FELL_OTHERWISE }),
  entry(control, verbForms("بسط", "بسط")),
  entry(advance, verbForms("تقدم", "تقدم"), nounForms("تقدم", "تقدمات")),
  entry(advance, verbForms("زحف", "زحف"), nounForms("زحف")),
];

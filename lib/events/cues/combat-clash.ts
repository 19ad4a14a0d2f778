import { nounForms, verbForms } from "../forms";
import { wordSet } from "../wordset";
import { entry, type CueEntry } from "./entry";

const clash = { role: "combat", kind: "clash" } as const;
const CAPTIVES: ReadonlySet<string> = new Set(nounForms("عنصر", "عناصر", "مقاتل", "مقاتلين", "مسلح", "مسلحين", "جندي", "جنود", "ضابط", "ضباط", "أسرى"));

/**
 * Ground fighting, attacks, assaults, sieges, pursuits, truce violations, bombings on the ground
 * and people killed in them (EVENTS.md: clash). Participles that only describe forces
 * (القوات المهاجمة) are left out: they report no event at the place.
 *
 * @example CLASH_CUES.some((e) => e.forms.includes("اشتباكات")) // true
 */
export const CLASH_CUES: readonly CueEntry[] = [
  entry(clash, verbForms("اشتبك", "شتبك"), nounForms("اشتباك", "اشتباكات")),
  entry(clash, undefined, nounForms("معركة", "معارك", "مواجهات", "اقتتال", "قتال", "المعارك")),
  entry(clash, verbForms("قاتل", "قاتل")),
  entry(clash, verbForms("هاجم", "هاجم"), nounForms("هجوم", "هجمات", "هجوما")),
  entry({ ...clash, tag: "assault" }, verbForms("اقتحم", "قتحم"), nounForms("اقتحام")),
  entry(clash, verbForms("حاصر", "حاصر"), nounForms("حصار", "محاصرة")),
  entry(clash, undefined, nounForms("كمين")),
  entry({ ...clash, tag: "pursuit" }, verbForms("طارد", "طارد"), nounForms("مطاردة", "ملاحقة")),
  // Not لاحقا: as an adverb it is "later".
  entry({ ...clash, tag: "pursuit" }, { present: verbForms("لاحق", "لاحق").present.filter((f) => f !== "لاحقا"), future: verbForms("لاحق", "لاحق").future }),
  // Casualties: a clash, unless the sentence reports a disaster (solver: «آلاف القتلى في درنة»
  // after the storm).
  entry({ ...clash, tag: "casualty" }, undefined, nounForms("مقتل", "قتلى", "قتيل", "قتيلا", "مصرع", "جرحى")),
  entry(clash, undefined, nounForms("اغتيال")),
  entry(clash, verbForms("قتل", "قتل")),
  entry(clash, verbForms("اغتال", "غتال")),
  entry(clash, verbForms("اختطف", "ختطف"), nounForms("اختطاف", "خطف")),
  entry(clash, undefined, nounForms("قنص", "قناص", "قناصة", "اعتداء", "اعتداءات", "مصادمات")),
  // Mines that went off; not demining (إزالة الألغام).
  entry(clash, undefined, nounForms("ألغام", "لغم"), { notAfter: wordSet(["إزالة", "نزع", "تفكيك", "مسح", "كسح"]) }),
  entry(clash, undefined, nounForms("أعمال"), { next: wordSet(["عنف", "العنف", "شغب"]), extend: wordSet(["عنف", "العنف", "شغب"]) }),
  entry(clash, verbForms("ذبح", "ذبح"), nounForms("ذبح", "إعدام", "مجزرة", "مذبحة", "مجازر")),
  // Only the past of أعدم: its imperfect stem is عدم, the negator.
  entry(clash, undefined, ["اعدم", "اعدمت", "اعدموا", "اعدمته", "اعدمتهم", "اعدمهم"]),
  entry(clash, verbForms("خرق", "خرق"), nounForms("خروقات", "خرق", "خروق", "انتهاكات")),
  // Not the bare فجر: it is "dawn" (فجر اليوم) and heads coalition names (فجر ليبيا).
  entry(clash, { present: verbForms("فجر", "فجر").present.filter((f) => f !== "فجر"), future: [] }, nounForms("تفجير", "تفجيرات", "مفخخة", "انتحاري", "انتحارية")),
  // أسر is also "families": only the capture of fighters counts.
  entry(clash, undefined, ["اسر", "اسرت", "اسروا"], { next: CAPTIVES }),
  entry(clash, undefined, nounForms("عملية", "عمليات"), { next: wordSet(["عسكرية", "العسكرية", "قتالية"]), extend: wordSet(["عسكرية", "العسكرية", "قتالية"]) }),
  entry(clash, undefined, nounForms("إطلاق", "تبادل"), { next: wordSet(["النار", "نار", "الرصاص", "رصاص"]), extend: wordSet(["النار", "نار", "الرصاص", "رصاص"]), notAfter: wordSet(["وقف", "لوقف", "ووقف", "بوقف", "هدنة"]) }),
  // "Spread to": the fighting (or flood) before it reached the place; the solver takes that cue's sense.
  entry({ ...clash, tag: "spread" }, verbForms("امتد", "متد"), nounForms("امتداد")),
  entry(clash, undefined, nounForms("القتال"), { extend: wordSet(["الدائر", "المستمر", "الجاري"]) }),
];

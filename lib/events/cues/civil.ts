import { nounForms, verbForms } from "../forms";
import { wordSet } from "../wordset";
import { entry, type CueEntry } from "./entry";

const civil = { role: "civil" } as const;
const COLLAPSED = wordSet(["سد", "سدي", "السد", "السدين", "سدود", "جسر", "الجسر", "جزء", "مبنى", "منزل", "منازل", "عمارة", "طريق", "الطريق"]);
const OCCURRED = wordSet([
  "انفجار", "انفجارات", "اشتباكات", "اشتباك", "حادث", "حادثة", "هجوم", "قتلى", "ضحايا", "زلزال", "اعتداء", "مواجهات", "معارك", "خلاف", "اختيار",
  "الاختيار", "في", "على", "ضحية", "قصف", "غارة", "عدد",
]);
// Talks have a topic: a place they are about is a reference (solver).
const talks = { role: "civil", tag: "talks" } as const;
// A disaster is the subject of its verb («ضربت العاصفة مدن الجبل الأخضر»), never a strike's target.
const disaster = { role: "civil", tag: "disaster" } as const;

/**
 * Non-military events: talks, meetings, conferences, visits and arrivals, agreements reached or
 * signed, press conferences, elections, protests, floods and storms, oil fields or ports shut
 * or reopened, embassies resuming work, arrests, evacuations and people moved (EVENTS.md: civil).
 * Visits and arrivals are tagged: with a military site or troops they become military (solver).
 *
 * @example CIVIL_CUES.some((e) => e.forms.includes("محادثات")) // true
 */
export const CIVIL_CUES: readonly CueEntry[] = [
  entry({ ...civil, tag: "conference" }, undefined, nounForms("مؤتمر", "قمة", "ملتقى", "منتدى"), { extend: wordSet(["صحفي", "صحافي", "الصحفي"]) }),
  entry(talks, verbForms("اجتمع", "جتمع"), nounForms("اجتماع", "اجتماعات", "لقاء", "لقاءات", "محادثات", "مفاوضات", "مشاورات", "جلسة", "جلسات", "حوار")),
  entry(talks, verbForms("التقى", "لتقي")),
  entry({ ...civil, tag: "visit" }, verbForms("زار", "زور"), nounForms("زيارة")),
  entry({ ...civil, tag: "arrival" }, verbForms("وصل", "صل"), nounForms("وصول", "حضور", "قدوم")),
  entry({ ...civil, tag: "arrival" }, verbForms("هبط", "هبط"), nounForms("هبوط")),
  // جمع is also "collect": only "brought them together" (جمعتهما، جمعهم) reports a meeting.
  entry(civil, undefined, ["جمعتهما", "جمعهما", "جمعتهم", "جمعهم", "جمعت", "يجمع", "تجمع"], { next: wordSet(["بين", "قادة", "ممثلي", "وفدي", "وفود", "الطرفين", "الأطراف", "رئيس", "رئيسي"]) }),
  entry(civil, undefined, ["جمعتهما", "جمعهما", "جمعتهم", "جمعهم"]),
  entry(civil, verbForms("استقبل", "ستقبل"), nounForms("استقبال")),
  entry(civil, verbForms("استضاف", "ستضيف"), nounForms("استضافة")),
  entry(civil, verbForms("احتضن", "حتضن"), nounForms("احتضان")),
  entry(talks, verbForms("عقد", "عقد"), nounForms("انعقاد")),
  entry(talks, verbForms("انعقد", "نعقد")),
  entry(civil, undefined, nounForms("توقيع")),
  // وقّع "signed", not وقع "occurred" (وقعت اشتباكات، وقع انفجار); not the imperfect توقع "expects".
  entry(civil, undefined, ["وقع", "وقعت", "وقعا", "وقعوا", "وقعتا"], { notNext: OCCURRED }),
  entry(civil, verbForms("توصل", "توصل")),
  entry(civil, undefined, nounForms("انتخابات", "اقتراع")),
  entry(civil, verbForms("احتج", "حتج"), nounForms("احتجاج", "احتجاجات", "احتجاجية", "مظاهرة", "مظاهرات", "تظاهرة", "تظاهرات", "متظاهرين", "المتظاهرون", "اعتصام", "اعتصامات", "عصيان")),
  entry(civil, verbForms("تظاهر", "تظاهر")),
  entry(civil, undefined, nounForms("إضراب", "إضرابات", "تصويت", "استفتاء", "ترحيل", "وباء", "تفشي")),
  entry(civil, undefined, nounForms("انقطاع"), { next: wordSet(["الكهرباء", "التيار", "المياه", "الاتصالات", "الإنترنت", "للتيار", "للكهرباء"]), extend: wordSet(["الكهرباء", "التيار", "المياه", "الاتصالات", "الإنترنت"]) }),
  entry(civil, verbForms("احتفل", "حتفل"), nounForms("احتفال", "احتفالات", "احتفالا", "مهرجان")),
  entry(disaster, undefined, nounForms("فيضان", "فيضانات", "سيول", "إعصار", "العاصفة", "عاصفة", "زلزال", "حريق", "الفيضانات", "الإعصار")),
  // A collapse is civil only for a dam: "انهيار وقف إطلاق النار" reports no event.
  entry(civil, undefined, nounForms("انهيار"), { next: COLLAPSED, extend: COLLAPSED }),
  entry(disaster, verbForms("غمر", "غمر")),
  entry(disaster, verbForms("جرف", "جرف")),
  entry(civil, verbForms("اغلق", "غلق"), nounForms("إغلاق")),
  entry(civil, verbForms("استانف", "ستانف"), nounForms("استئناف")),
  entry(civil, undefined, nounForms("إعادة"), { next: wordSet(["فتح", "افتتاح", "تشغيل"]), extend: wordSet(["فتح", "افتتاح", "تشغيل"]) }),
  entry(civil, verbForms("افتتح", "فتتح"), nounForms("افتتاح")),
  entry(civil, undefined, nounForms("إنتاج"), { next: wordSet(["النفط", "الخام"]) }),
  // A state of emergency or a curfew declared (not جهاز الإسعاف والطوارئ, the service).
  entry(civil, undefined, nounForms("حالة"), { next: wordSet(["الطوارئ", "الطواريء", "طوارئ"]), extend: wordSet(["الطوارئ", "الطواريء", "طوارئ"]) }),
  entry(civil, undefined, nounForms("حظر"), { next: wordSet(["التجول", "تجول", "للتجول"]), extend: wordSet(["التجول", "تجول", "للتجول"]) }),
  // Force majeure on an oil port or field, declared or lifted (القاهرة here is no Cairo).
  entry(civil, undefined, nounForms("القوة"), { next: wordSet(["القاهرة"]), extend: wordSet(["القاهرة"]) }),
  entry(civil, undefined, nounForms("مقابر", "مقبرة"), { next: wordSet(["جماعية", "الجماعية", "جماعيه"]), extend: wordSet(["جماعية", "الجماعية"]) }),
  entry(civil, verbForms("اعتقل", "عتقل"), nounForms("اعتقال", "اعتقالات")),
  entry(civil, undefined, nounForms("الإفراج", "إطلاق"), { next: wordSet(["سراح", "عن"]), extend: wordSet(["سراح"]) }),
  entry(civil, undefined, nounForms("القبض"), { next: wordSet(["على"]) }),
  // Seizures by police or customs; not ضبط النفس (restraint).
  entry(civil, verbForms("ضبط", "ضبط"), nounForms("ضبط"), { notNext: wordSet(["النفس", "الأمن", "الحدود"]) }),
  entry(civil, undefined, nounForms("تبادل"), { next: wordSet(["الأسرى", "للأسرى", "أسرى", "المحتجزين", "الجثامين"]), extend: wordSet(["الأسرى", "للأسرى", "أسرى"]) }),
  entry({ ...civil, tag: "transfer" }, verbForms("اجلى", "جلي"), nounForms("إجلاء", "نزوح")),
  entry({ ...civil, tag: "transfer" }, verbForms("نزح", "نزح"), nounForms("نازحين", "النازحون")),
  // نقل is also "reported" (نقلت الأناضول): it counts only toward a destination (solver).
  entry({ ...civil, tag: "transfer", towardOnly: true }, verbForms("نقل", "نقل"), nounForms("نقل")),
  // Flights or ships diverted; not the bare حول ("about").
  entry({ ...civil, tag: "transfer", towardOnly: true }, undefined, [...nounForms("تحويل"), "حولت", "حولوا", "يحول", "تحول"]),
  // Flights, navigation or classes suspended.
  entry(civil, verbForms("علق", "علق"), nounForms("تعليق"), { next: wordSet(["الرحلات", "رحلات", "الملاحة", "الدراسة", "العمل", "الحركة"]) }),
  entry(civil, verbForms("غرق", "غرق"), nounForms("غرق", "انتشال", "إنقاذ", "الإغاثة")),
];

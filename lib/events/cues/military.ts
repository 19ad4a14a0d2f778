import { nounForms, verbForms } from "../forms";
import { wordSet } from "../wordset";
import { entry, type CueEntry } from "./entry";

const military = { role: "military" } as const;
const order = { role: "military", tag: "order" } as const;
const ARMS = wordSet(["أسلحة", "الأسلحة", "سلاح", "ذخيرة", "ذخائر", "عسكرية", "صواريخ", "مدرعات", "طائرات"]);
const DEPLOYED = wordSet(["قوات", "قوة", "وحدات", "عناصر", "تعزيزات", "منظومة", "منظومات", "مقاتلين", "جنود", "آليات", "دبابات", "مدرعات", "أسلحة", "صواريخ", "طائرات", "سفن", "بوارج", "مرتزقة"]);

/**
 * Military activity without violence: reinforcements, deployments, air defences installed,
 * convoys, weapons shipments, a no-fly zone, manoeuvres, and orders or instructions to repel
 * an advance (tagged "order": a hypothetical advance under an order stays military, solver).
 *
 * @example MILITARY_CUES.some((e) => e.forms.includes("تعزيزات")) // true
 */
export const MILITARY_CUES: readonly CueEntry[] = [
  entry(military, verbForms("عزز", "عزز"), nounForms("تعزيزات", "تعزيز")),
  entry(military, verbForms("حشد", "حشد"), nounForms("حشد", "حشود", "حشودات")),
  // نشر is also "published": only troops or weapons deployed count.
  entry(military, verbForms("نشر", "نشر"), nounForms("نشر"), { next: DEPLOYED }),
  entry(military, undefined, nounForms("انتشار", "تحشيد", "تحشيدات")),
  // Sending troops, not a delegation; aircraft flying over.
  entry(military, undefined, nounForms("إرسال"), { next: DEPLOYED }),
  entry(military, undefined, nounForms("تحليق"), { next: wordSet(["طائرات", "الطائرات", "مسيرات", "الطيران", "مكثف", "للطيران", "لطائرات"]) }),
  entry(military, verbForms("انتشر", "نتشر")),
  entry(military, verbForms("نصب", "نصب"), nounForms("نصب")),
  entry(military, verbForms("تمركز", "تمركز"), nounForms("تمركز")),
  entry(military, undefined, nounForms("منظومة", "منظومات"), { extend: wordSet(["دفاع", "الدفاع", "جوي", "الجوي"]) }),
  entry(military, undefined, nounForms("رتل", "أرتال", "الأرتال", "مناورات", "تدريبات", "استنفار", "تأهب")),
  // A shipment is military only of weapons (not of drugs or fuel).
  entry(military, undefined, nounForms("شحنة", "شحنات"), { next: ARMS, extend: ARMS }),
  entry(military, undefined, nounForms("حظر", "حظرا"), { next: wordSet(["جوي", "جويا", "الطيران", "للطيران", "جوية"]), extend: wordSet(["جوي", "جويا", "الطيران", "للطيران", "جوية"]) }),
  // Not أمر / أمّر: folded they are آمر (commander) and أمر (matter).
  entry(order, undefined, nounForms("أوامر", "تعليمات")),
  // Security measures and preparations under way («وسط استعدادات أمنية مكثفة في محيط القاعة»).
  entry(military, undefined, nounForms("استعدادات", "إجراءات", "تدابير", "استنفار"), { next: wordSet(["أمنية", "عسكرية", "امنية"]), extend: wordSet(["أمنية", "عسكرية", "امنية"]) }),
  // A base used for launches («انطلاقا من قاعدة الوطية»): military only with aircraft, drones or
  // missiles around it (migrants set out from beaches too; solver).
  entry({ role: "military", tag: "launch" }, verbForms("انطلق", "نطلق"), nounForms("انطلاق", "انطلاقا")),
  entry({ role: "military", tag: "launch" }, undefined, ["تتخذها", "اتخذتها", "يتخذها", "تتخذ", "اتخذت", "يتخذ", "اتخذ"], { next: wordSet(["قاعدة", "مقرا", "غرفة", "منطلقا", "مركزا"]) }),
  entry(military, undefined, nounForms("دوريات", "دورية"), { notNext: wordSet(["الانتخابات", "انتخابية"]) }),
  entry(military, undefined, nounForms("استعراض", "استعراضا"), { next: wordSet(["عسكري", "عسكريا", "للقوات"]), extend: wordSet(["عسكري", "عسكريا"]) }),
];

import { describe, expect, it } from "vitest";
import { cuesIn, labels } from "../test-mentions";

describe("military cues", () => {
  it("reads reinforcements, deployments, air defences, convoys, a no-fly zone and orders", () => {
    expect(cuesIn("وصول تعزيزات ونشر قوات")).toEqual(["وصول=civil", "تعزيزات=military", "ونشر=military"]);
    expect(cuesIn("منظومة دفاع جوي وحظر جوي")).toEqual(["منظومة دفاع جوي=military", "وحظر جوي=military"]);
    expect(cuesIn("نشرت الصفحة صورا")).toEqual([]);
  });
  it("labels where forces arrive or deploy military, and their origin a reference", () => {
    expect(labels("وصلت أرتال عسكرية قادمة من الزنتان إلى مدينة العزيزية", "الزنتان", "العزيزية")).toEqual(["reference", "military"]);
    expect(labels("نصبت القوات منظومة دفاع جوي في محيط هون", "هون")).toEqual(["military"]);
  });
  it("keeps an order to repel a possible advance military, and a planned advance a reference", () => {
    expect(labels("صدرت أوامر بالتصدي لأي تقدم نحو ودان", "ودان")).toEqual(["military"]);
    expect(labels("وصلت تعزيزات إلى الجفرة وتخطط للتقدم نحو ودان", "الجفرة", "ودان")).toEqual(["military", "reference"]);
  });
  it("labels a base used for launches military, but not a beach migrants set out from", () => {
    expect(labels("شنت الطائرات المسيرة هجماتها انطلاقا من قاعدة الخادم", "قاعدة الخادم")).toEqual(["military"]);
    expect(labels("انطلق المهاجرون من شاطئ القره بوللي", "القره بوللي")).toEqual(["reference"]);
  });
  it("labels where an armed group moves its fighters military, and where families move civil", () => {
    expect(labels("نقلت الكتيبة مقاتليها إلى مدينة بني وليد", "بني وليد")).toEqual(["military"]);
    expect(labels("نقلت الحافلات العائلات إلى مدينة بني وليد", "بني وليد")).toEqual(["civil"]);
  });
  it("labels the place of security preparations military", () => {
    expect(labels("وسط استعدادات أمنية مكثفة في محيط فندق المهاري", "فندق المهاري")).toEqual(["military"]);
  });
  it("reads sending troops, but not sending a delegation", () => {
    expect(cuesIn("إرسال قوات")).toEqual(["إرسال=military"]);
    expect(cuesIn("إرسال وفد")).toEqual([]);
  });
  it("makes a visit military when it names a military site, civil otherwise", () => {
    expect(labels("زار رئيس الأركان مقر القيادة العسكرية في بنغازي", "بنغازي")).toEqual(["military"]);
    expect(labels("زار رئيس الحكومة مدينة بنغازي", "بنغازي")).toEqual(["civil"]);
  });
});

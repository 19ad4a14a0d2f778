import { describe, expect, it } from "vitest";
import { cuesIn, labels } from "../test-mentions";

describe("civil cues", () => {
  it("reads talks, conferences, protests, floods, shutdowns and arrests", () => {
    expect(cuesIn("مؤتمر صحفي ومحادثات")).toEqual(["مؤتمر صحفي=civil", "ومحادثات=civil"]);
    expect(cuesIn("احتجاجات وفيضانات وإغلاق ثم اعتقال")).toEqual(["احتجاجات=civil", "وفيضانات=civil", "وإغلاق=civil", "اعتقال=civil"]);
    expect(cuesIn("إعادة فتح الطريق")).toEqual(["إعادة فتح=civil"]);
    expect(cuesIn("رفع القوة القاهرة واكتشاف مقابر جماعية")).toEqual(["القوة القاهرة=civil", "مقابر جماعية=civil"]);
  });
  it("labels the place of a meeting civil and the place talked about a reference", () => {
    expect(labels("بحث اجتماع عقد في روما الوضع الأمني في الكفرة", "روما", "الكفرة")).toEqual(["civil", "reference"]);
  });
  it("labels every place on a storm's path, and the place people are brought to", () => {
    expect(labels("غمرت السيول مدن توكرة وقمينس", "توكرة", "قمينس")).toEqual(["civil", "civil"]);
    expect(labels("نقل المصابون إلى مستشفى في مصراتة", "مصراتة")).toEqual(["civil"]);
    expect(labels("نقلت وكالة الأنباء عن مصدر في مصراتة", "مصراتة")).toEqual(["reference"]);
  });
  it("labels the airport flights are diverted to civil, and a body named after a place a reference", () => {
    expect(labels("أعلنت إدارة مطار الأبرق تعليق الرحلات وتحويلها إلى مطار بنينا", "مطار الأبرق", "مطار بنينا")).toEqual(["reference", "civil"]);
  });
  it("labels every square of a celebration civil, and reads no cue inside a square's name", () => {
    expect(labels("احتفل الآلاف في ساحة الشهداء بطرابلس وفي ميدان التحرير ببنغازي", "ساحة الشهداء", "طرابلس", "بنغازي")).toEqual(["civil", "civil", "civil"]);
    expect(labels("هدوء في ميدان التحرير ببنغازي", "بنغازي")).toEqual(["reference"]);
  });
  it("labels seizures and prisoner exchanges civil, a drugs shipment is no weapons shipment", () => {
    expect(labels("ضبط شحنة من المخدرات في ميناء الخمس", "ميناء الخمس")).toEqual(["civil"]);
    expect(labels("جرى تبادل الأسرى في مدينة الزاوية", "الزاوية")).toEqual(["civil"]);
    expect(labels("وصلت شحنة أسلحة إلى ميناء الخمس", "ميناء الخمس")).toEqual(["military"]);
  });
  it("reads وقّع as signing but not وقع as occurring, and a bridge's collapse as civil", () => {
    expect(labels("وقعت الحكومة مع شركة أجنبية في مدينة البيضاء اتفاقا", "البيضاء")).toEqual(["civil"]);
    expect(labels("وقعت اشتباكات في مدينة البيضاء", "البيضاء")).toEqual(["combat/clash"]);
    expect(labels("أدى انهيار جسر إلى عزل مدينة شحات", "شحات")).toEqual(["civil"]);
  });
  it("gives the dead of a flood to the flood, and reads emergencies and curfews as civil", () => {
    expect(labels("ارتفع عدد قتلى الفيضانات في مدينة درنة", "درنة")).toEqual(["civil"]);
    expect(labels("ارتفع عدد القتلى في مدينة درنة", "درنة")).toEqual(["combat/clash"]);
    expect(labels("أعلنت الحكومة حالة الطوارئ في مدينة سوسة وحظر التجول في شحات", "سوسة", "شحات")).toEqual(["civil", "civil"]);
  });
  it("reads strikes by workers, votes and power cuts as civil", () => {
    expect(cuesIn("إضراب وتصويت وانقطاع الكهرباء")).toEqual(["إضراب=civil", "وتصويت=civil", "وانقطاع الكهرباء=civil"]);
  });
  it("labels a field shut civil, and a field that will not reopen a reference", () => {
    expect(labels("أغلق محتجون حقل الفيل", "حقل الفيل")).toEqual(["civil"]);
    expect(labels("قالت المؤسسة إنها لن تستأنف الإنتاج في حقل الفيل", "حقل الفيل")).toEqual(["reference"]);
  });
});

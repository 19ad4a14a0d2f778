import { describe, expect, it } from "vitest";
import { labelMentions } from "../solve";
import { labels, spans } from "../test-mentions";

describe("reference patterns", () => {
  it("a locator (direction, between) stays a reference in the same sentence as the event place", () => {
    expect(labels("اشتباكات في منطقة الهيرة جنوب غريان", "الهيرة", "غريان")).toEqual(["combat/clash", "reference"]);
    expect(labels("قصف على الطريق بين زليتن والخمس", "زليتن", "الخمس")).toEqual(["reference", "reference"]);
  });
  it("an affiliation, a title and a source identified by a place", () => {
    expect(labels("قصفت قوات الزنتان مواقع في الرجبان", "الزنتان", "الرجبان")).toEqual(["reference", "combat/strike"]);
    expect(labels("قال المبعوث الأممي إلى ليبيا إن الحوار سيستأنف", "ليبيا:country")).toEqual(["reference"]);
    expect(labels("قال مصدر عسكري في بنغازي إن قصفا طال درنة", "بنغازي", "درنة")).toEqual(["reference", "combat/strike"]);
    expect(labels("قال عميد بلدية نالوت إن الطريق أغلق", "نالوت")).toEqual(["reference"]);
    expect(labels("أعلنت الهيئة العامة للمياه في سبها إغلاق المحطة", "سبها")).toEqual(["reference"]);
    expect(labels("أدان المجلس البلدي زليتن القصف", "زليتن")).toEqual(["reference"]);
    expect(labels("قال في خطاب متلفز من مدينة المرج إن العمليات انتهت", "المرج")).toEqual(["reference"]);
    expect(labels("اقتحم محتجون مقر الحكومة في مدينة البيضاء", "البيضاء")).toEqual(["combat/clash"]);
  });
  it("a second name right after a name's place belongs to the name", () => {
    expect(labels("قصفت الطائرات مواقع في هون بحسب غرفة عمليات سرت الجفرة", "هون", "سرت", "الجفرة")).toEqual(["combat/strike", "reference", "reference"]);
  });
  it("the name of an agreement or a conference, unless the conference is said to be held there", () => {
    expect(labels("أكد البيان التزامه بمخرجات مؤتمر باليرمو", "باليرمو")).toEqual(["reference"]);
    expect(labels("تمسك الطرفان باتفاق الصخيرات", "الصخيرات")).toEqual(["reference"]);
    expect(labels("أكد مؤتمر باليرمو المنعقد في نوفمبر دعم الحوار", "باليرمو")).toEqual(["civil"]);
  });
  it("a distance, a dateline, an origin and a partner", () => {
    expect(labels("اشتباكات في الشويرف على بعد 100 كم من سبها", "الشويرف", "سبها")).toEqual(["combat/clash", "reference"]);
    expect(labels("بنغازي - اندلعت اشتباكات في حي الليثي", "بنغازي", "الليثي")).toEqual(["reference", "combat/clash"]);
    expect(labels("وصلت تعزيزات قادمة من الزاوية إلى صبراتة", "الزاوية", "صبراتة")).toEqual(["reference", "military"]);
    expect(labels("اتفاق أمني مع تونس", "تونس:country")).toEqual(["reference"]);
  });
  it("a country as an actor or a supplier, and as the scene", () => {
    const text = "زودت تركيا القوات بمسيرات قصفت مواقع في ترهونة";
    expect(labelMentions(text, spans(text, "تركيا:country", "ترهونة")).map((e) => e.role)).toEqual(["reference", "combat"]);
    expect(labels("عقد اجتماع في تونس", "تونس:country")).toEqual(["civil"]);
  });
});

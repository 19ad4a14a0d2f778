import { describe, expect, it } from "vitest";
import { words } from "../words";
import { findCues } from ".";
import { cancellation } from "./negation-future";
import { labels } from "../test-mentions";

/** The cancellation of the first cue of the text. */
const why = (text: string) => {
  const ws = words(text);
  return cancellation(ws, findCues(text, ws)[0]!);
};

describe("cancellation", () => {
  it("reads negation and denial, but not the continuing لا تزال", () => {
    expect(why("لم تسجل اشتباكات")).toBe("negated");
    expect(why("لن تنسحب القوات")).toBe("negated");
    expect(why("نفى المتحدث وقوع أي قصف")).toBe("negated");
    expect(why("لا تزال القوات تسيطر")).toBeUndefined();
  });
  it("reads the future: س + imperfect, plans, threats, and a time after the cue", () => {
    expect(why("ستنسحب القوات غدا")).toBe("future");
    expect(why("تخطط الكتيبة للتقدم")).toBe("future");
    expect(why("هدد القائد بقصف المطار")).toBe("future");
    expect(why("الاجتماع المرتقب")).toBe("future");
  });
  it("reads hypotheses (أي تقدم، أي محاولة للتقدم) and purposes (للسيطرة)", () => {
    expect(why("التصدي لأي تقدم")).toBe("hypothetical");
    expect(why("أي محاولة للتقدم")).toBe("hypothetical");
    expect(why("حشدت قواتها للسيطرة على الميناء")).toBeUndefined(); // the reinforcement itself happened
    const ws = words("حشدت قواتها للسيطرة على الميناء");
    expect(cancellation(ws, findCues("حشدت قواتها للسيطرة على الميناء", ws)[1]!)).toBe("goal");
  });
  it("reads ل before a combat noun as a purpose, unless the place undergoes it", () => {
    expect(labels("اتخذت القوات البلدة قاعدة لهجومها على مدينة الخمس", "الخمس")).toEqual(["reference"]);
    expect(labels("تعرضت مدينة الخمس لقصف عنيف", "الخمس")).toEqual(["combat/strike"]);
  });
  it("reads a refusal as a negation, within its own sentence only", () => {
    expect(labels("رفض المجلس الانعقاد في مدينة البيضاء", "البيضاء")).toEqual(["reference"]);
    expect(labels("رفض الأعيان التفاوض. وعقد اجتماع في مدينة البيضاء", "البيضاء")).toEqual(["civil"]);
  });
  it("reads an agreement or a pledge to act as future", () => {
    expect(labels("اتفق الطرفان على تبادل الأسرى في مدينة سرت", "سرت")).toEqual(["reference"]);
  });
  it("scopes a call over its clause, unless the fighting is said to be going on", () => {
    expect(why("دعت البعثة الأطراف إلى توقيع اتفاق")).toBe("future");
    expect(why("دعت البعثة إلى وقف القتال الدائر")).toBeUndefined();
  });
  it("turns a denied, planned or threatened event at a place into a reference", () => {
    expect(labels("نفت الحكومة سيطرة المسلحين على مطار سبها", "مطار سبها")).toEqual(["reference"]);
    expect(labels("يعتزم الوفد زيارة مدينة غات", "غات")).toEqual(["reference"]);
    expect(labels("هددت الكتيبة بقصف ميناء طبرق", "ميناء طبرق")).toEqual(["reference"]);
    expect(labels("سيعقد الاجتماع في مدينة البيضاء الأسبوع المقبل", "البيضاء")).toEqual(["reference"]);
    expect(labels("لم تسجل أي اشتباكات في مدينة الأبيار", "الأبيار")).toEqual(["reference"]);
  });
});

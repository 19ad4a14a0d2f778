import { describe, expect, it } from "vitest";
import { cuesIn, labels } from "../test-mentions";

describe("control cues", () => {
  it("reads capture, retaking, entering, withdrawal and advances", () => {
    expect(cuesIn("سيطرت القوات واستعادت البلدة بعد انسحاب خصومها")).toEqual(["سيطرت=combat/control", "واستعادت=combat/control", "انسحاب=combat/control"]);
    expect(cuesIn("دخلت الأرتال وتقدمت")).toEqual(["دخلت=combat/control", "الأرتال=military", "وتقدمت=combat/control"]);
  });
  it("reads سقوط as the fall of a place, but not before casualties or shells", () => {
    expect(cuesIn("سقوط المدينة")).toEqual(["سقوط=combat/control"]);
    expect(cuesIn("سقوط قتلى")).toEqual(["قتلى=combat/clash"]);
  });
  it("reads a city fallen into a force's hands, and control over a city's limits (ل as 'of')", () => {
    expect(labels("سقطت مدينة بني وليد في أيدي الثوار", "بني وليد")).toEqual(["combat/control"]);
    expect(labels("سقطت قذيفة على مدينة بني وليد", "بني وليد")).toEqual(["combat/strike"]);
    expect(labels("بسطت القوات سيطرتها على الحدود الإدارية لمدينة سرت", "سرت")).toEqual(["combat/control"]);
  });
  it("labels a statement of control (لا تزال تسيطر) control, and an advance toward a place a clash", () => {
    expect(labels("قال إن قواته لا تزال تسيطر على مدينة غدامس", "غدامس")).toEqual(["combat/control"]);
    expect(labels("تقدمت القوات نحو بلدة الأصابعة", "الأصابعة")).toEqual(["combat/clash"]);
    expect(labels("تقدمت القوات داخل بلدة الأصابعة", "الأصابعة")).toEqual(["combat/control"]);
  });
  it("labels a place withdrawn from control, but not the place an operation only aims at", () => {
    expect(labels("انسحبت الكتيبة من مدينة صرمان", "صرمان")).toEqual(["combat/control"]);
    expect(labels("تسعى القوات للسيطرة على مدينة صرمان", "صرمان")).toEqual(["reference"]);
  });
});

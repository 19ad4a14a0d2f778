import { describe, expect, it } from "vitest";
import { cuesIn, labels } from "../test-mentions";

describe("clash cues", () => {
  it("reads clashes, attacks, sieges, killings and truce violations in their conjugations and verbal nouns", () => {
    expect(cuesIn("تجددت الاشتباكات واشتبكت القوات")).toEqual(["الاشتباكات=combat/clash", "واشتبكت=combat/clash"]);
    expect(cuesIn("هاجمت الميليشيات البلدة وحاصرتها بعد هجومها الأول")).toEqual(["هاجمت=combat/clash", "وحاصرتها=combat/clash", "هجومها=combat/clash"]);
    expect(cuesIn("مقتل ثلاثة وخروقات للهدنة")).toEqual(["مقتل=combat/clash", "وخروقات=combat/clash"]);
  });
  it("takes إطلاق النار as a clash, but not in وقف إطلاق النار, and أسر only of fighters", () => {
    expect(cuesIn("تبادل إطلاق النار")).toEqual(["إطلاق النار=combat/clash"]);
    expect(cuesIn("وقف إطلاق النار")).toEqual([]);
    expect(cuesIn("أسر عنصرين")).toEqual(["أسر=combat/clash"]);
    expect(cuesIn("أسر الضحايا")).toEqual([]);
    expect(cuesIn("فجر اليوم فجرت خلية سيارة")).toEqual(["فجرت=combat/clash"]);
  });
  it("reads snipers, assaults, mines and riots", () => {
    expect(cuesIn("قناصة واعتداءات وألغام وأعمال عنف")).toEqual(["قناصة=combat/clash", "واعتداءات=combat/clash", "وألغام=combat/clash", "وأعمال عنف=combat/clash"]);
  });
  it("makes storming a clash, and storming with a capture control", () => {
    expect(labels("اقتحم مسلحون بلدة الأصابعة", "الأصابعة")).toEqual(["combat/clash"]);
    expect(labels("اقتحمت القوات بلدة الأصابعة وسيطرت عليها", "الأصابعة")).toEqual(["combat/control"]);
  });
  it("labels the place of the fighting combat/clash, and the fighting said to go on around a city", () => {
    expect(labels("اندلعت مواجهات عنيفة في حي الأندلس", "الأندلس")).toEqual(["combat/clash"]);
    expect(labels("دعا المبعوث إلى وقف القتال الدائر حول غريان", "غريان")).toEqual(["combat/clash"]);
  });
});

import { describe, expect, it } from "vitest";
import { labelMentions } from "./solve";
import { labels, spans } from "./test-mentions";

describe("labelMentions", () => {
  it("returns one label per mention in order, a cue only for a non-reference, and the cue's own span", () => {
    const text = "استعادت القوات بلدة الشقيقة قرب مزدة. وعقد مؤتمر في روما.";
    const out = labelMentions(text, spans(text, "الشقيقة", "مزدة", "روما"));
    expect(out).toEqual([
      { role: "combat", kind: "control", cue: [0, 7] },
      { role: "combat", kind: "control", cue: [0, 7] },
      // The verb and its object make one cue: «وعقد مؤتمر».
      { role: "civil", cue: [text.indexOf("وعقد"), text.indexOf("مؤتمر") + 5] },
    ]);
    expect(text.slice(...out[0]!.cue!)).toBe("استعادت");
  });
  it("shares a label along a list and down to a container, but not across sentences", () => {
    expect(labels("غارات على مدن سرت وهراوة والنوفلية", "سرت", "هراوة", "النوفلية")).toEqual(["combat/strike", "combat/strike", "combat/strike"]);
    expect(labels("قصف مطار معيتيقة بطرابلس. طرابلس مدينة كبيرة", "مطار معيتيقة", "طرابلس", "طرابلس")).toEqual(["combat/strike", "combat/strike", "reference"]);
  });
  it("takes a destination only when the movement reaches it", () => {
    expect(labels("طاردت القوات المسلحين حتى بلدة الأصابعة", "الأصابعة")).toEqual(["combat/clash"]);
    expect(labels("أسقطت الدفاعات مسيرة متجهة إلى مدينة الجميل", "الجميل")).toEqual(["reference"]);
    expect(labels("وصل وزير الداخلية إلى مدينة الكفرة", "الكفرة")).toEqual(["civil"]);
  });
  it("never reads a cue inside a place name («عين زارة» is not 'visited')", () => {
    expect(labels("اشتباكات في عين زارة", "عين زارة")).toEqual(["combat/clash"]);
    expect(labels("هدوء في عين زارة وطرابلس", "عين زارة", "طرابلس")).toEqual(["reference", "reference"]);
  });
  it("lets a scene set at the start of a sentence reach the event reported after it", () => {
    expect(labels("وفي مدينة الزاوية، قال شهود إن الاشتباكات استمرت حتى الفجر", "الزاوية")).toEqual(["combat/clash"]);
  });
  it("labels every mention reference when the text reports no event", () => {
    expect(labels("تقع غدامس قرب الحدود مع الجزائر", "غدامس", "الجزائر:country")).toEqual(["reference", "reference"]);
    expect(labelMentions("", [])).toEqual([]);
  });
});

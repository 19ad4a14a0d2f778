import { describe, expect, it } from "vitest";
import { geoparse } from "./geoparse";
import { testGazetteer } from "./test-gazetteer";

const g = testGazetteer();
const surfaces = (text: string) => geoparse(text, g).map((m) => m.surface);

describe("geoparse: proclitics", () => {
  it.each([
    ["ضربة جوية بالجفرة", "الجفرة"],
    ["بين مصراتة وسرت", "سرت"],
    ["عاد لطرابلس", "طرابلس"],
    ["أبو قرين والقداحية", "القداحية"],
    ["مطار معيتيقة بطرابلس", "طرابلس"],
    ["تعزيزات للجفرة", "لجفرة"],
  ])("%s → %s", (text, surface) => {
    const ms = geoparse(text, g);
    expect(ms.map((m) => m.surface)).toContain(surface);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });
});

describe("geoparse: false places", () => {
  it.each([
    ["مصر inside مصراتة and مصرعهم", "في مصراتة لقوا مصرعهم"],
    ["nisba adjectives", "الجيش الليبي والحكومة الليبية ومعدات مصرية والدولة المصرية والقوات التركية والوزير التركي"],
    ["organisation names", "قوات حكومة الوفاق والجيش الليبي"],
    ["bare common nouns", "أضرار بمدرج المطار فوق سماء القاعدة"],
    ["a name inside a media name", "لصحيفة “الشرق الأوسط” ولـ”العين الإخبارية”"],
  ])("%s", (_, text) => {
    expect(surfaces(text).filter((s) => s !== "مصراتة")).toEqual([]);
  });

  it("takes a common-word name only with a cue or a related place nearby", () => {
    expect(surfaces("اجتمعوا تحت القبة أمس")).toEqual([]);
    expect(surfaces("وصلت القوات إلى مدينة القبة")).toEqual(["القبة"]);
    expect(surfaces("الطريق بين طرابلس والقبة")).toEqual(["طرابلس", "القبة"]);
  });

  it("needs a real list (و or a comma) for list support", () => {
    expect(surfaces("وصلوا إلى مصراتة ومساعد")).toEqual(["مصراتة", "مساعد"]);
    expect(surfaces("لعب دورا مساعد لمصراتة")).toEqual(["مصراتة"]);
  });

  it("does not let a name support itself", () => {
    expect(surfaces("وفي القبة قبل أيام قال رئيس بلدية مدينة القبة")).toEqual(["القبة"]);
  });

  it("accepts a common-word name when a place within 60 km is named nearby", () => {
    expect(surfaces("اشتباكات في القبة أمس بعد هجوم على شحات")).toEqual(["القبة", "شحات"]);
    expect(surfaces("صلوا تحت القبة أمس بعد هجوم على طرابلس")).toEqual(["طرابلس"]);
  });

  it("takes a name that is also an adjective or a number word, except where it works as one", () => {
    expect(surfaces("وصلت القوات إلى البيضاء ثم الخمس")).toEqual(["البيضاء", "الخمس"]);
    expect(surfaces("ضبطت الأسلحة البيضاء خلال الخمس سنوات في الدول الخمس")).toEqual([]);
  });

  it("reads a surname as the person everywhere in the article", () => {
    expect(surfaces("التقى فائز السراج. ثم قال السراج إن طرابلس آمنة")).toEqual(["طرابلس"]);
    expect(surfaces("اشتباكات في حي السراج")).toEqual(["السراج"]);
  });
});

describe("geoparse: spans", () => {
  it("returns mentions in text order with exact original offsets, diacritics included", () => {
    const text = "من طَرابُلُس إلى «مصراته»\u200F وعين زارة";
    const ms = geoparse(text, g);
    expect(ms.map((m) => m.placeId)).toEqual(["tripoli", "misrata", "ain-zara"]);
    for (const m of ms) expect(text.slice(m.start, m.end)).toBe(m.surface);
    expect(ms[0]!.surface).toBe("طَرابُلُس");
  });
  it("finds nothing in empty or non-Arabic text", () => {
    expect(geoparse("", g)).toEqual([]);
    expect(geoparse("Tripoli and Misrata, 2020.", g)).toEqual([]);
  });
});

describe("geoparse: names that are also verbs or ordinary words", () => {
  it.each([
    ["وعاد الهدوء. وسرت أنباء عن اتفاق وشيك بين الطرفين"],
    ["لقد سرت مخاوف من انهيار الاتفاق"],
    ["سرّت الحكومة بنتائج الاجتماع"],
    ["سرتُ في الشارع حتى وصلت إلى الميدان"],
    ["فسرت الحكومة قرارها بالحاجة إلى ضبط الأسعار"],
    ["أعلنت الحكومة الهدنة وسرت حالة من الارتياح"],
    ["قال أحد السكان: لا أدري متى تعود الكهرباء"],
    ["تعيش أسر فقيرة في ظروف صعبة ويتقن أبناؤها ثلاث لغات"],
    ["ننظر إلى المسألة من هذه الزاوية، فالاقتصاد حجر الزاوية"],
    ["أقيمت صلاة المغرب في المسجد الكبير"],
    ["اتفق الطرفان على النقاط الخمس التي طرحتها البعثة"],
  ])("%s → no place", (text) => {
    expect(surfaces(text)).toEqual([]);
  });

  it.each([
    ["اشتباكات عنيفة في سرت مساء الأحد", ["سرت"]],
    ["وصلت تعزيزات عسكرية إلى مدينة سرت الساحلية", ["سرت"]],
    ["تتمركز القوات على خط سرت-الجفرة منذ أشهر", ["سرت", "الجفرة"]],
    ["سرت والجفرة خط أحمر", ["سرت", "الجفرة"]],
    ["انسحبت القوات من مصراتة وسرت", ["مصراتة", "سرت"]],
    ["تعيش طرابلس وسرت أجواء من الترقب", ["طرابلس", "سرت"]],
    ["تشهد سرت حالة من الهدوء الحذر", ["سرت"]],
    ["سرت الساحلية تستعد لاستقبال الوفود", ["سرت"]],
    ["يعيش سكان سِرْت أوضاعا صعبة", ["سِرْت"]],
    ["وصلت القوافل إلى أوباري ولغات أمس", ["أوباري", "غات"]],
    ["تعاني إدري من انقطاع الكهرباء", ["إدري"]],
    ["اندلعت اشتباكات في الزاوية وزار الوزير المغرب", ["الزاوية", "المغرب"]],
    ["أغلقت بلدية زوارة الطريق، وأعلنت النقاط الخمس حالة الطوارئ", ["زوارة", "النقاط الخمس"]],
  ])("%s → %j", (text, expected) => {
    expect(surfaces(text)).toEqual(expected);
  });
});

describe("geoparse: women's names", () => {
  it("reads a name after a woman's given name as her family name", () => {
    expect(surfaces("افتتحت مدرسة فاطمة الخمس في طرابلس")).toEqual(["طرابلس"]);
    expect(surfaces("وصلت القوات إلى الخمس")).toEqual(["الخمس"]);
  });
});

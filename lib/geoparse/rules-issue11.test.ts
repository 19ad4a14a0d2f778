import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/load";
import { geoparse } from "./geoparse";

// The rules added for issue 11 (the whole of Libya's coverage), each on new sentences with the
// real gazetteer: sentences written for these tests, not taken from the unseen paragraphs.
const g = loadGazetteer();
const pairs = (text: string) => geoparse(text, g).map((m) => [m.surface, m.placeId]);

describe("an oil word earlier in the sentence makes a bare field name the field (oil-context.ts)", () => {
  it("takes bare field names after an oil word, in a list too", () => {
    expect(pairs("وعاد الإنتاج إلى الشرارة والفيل بعد الإغلاق")).toEqual([
      ["الشرارة", "sharara-oilfield"],
      ["الفيل", "el-feel-oilfield"],
    ]);
  });
  it("prefers the field over a neighbourhood of the same name", () => {
    expect(pairs("توقف ضخ النفط من الظهرة")).toEqual([["الظهرة", "dahra-oilfield"]]);
  });
  it("leaves the name alone without an oil word, across a full stop, or after a place word", () => {
    // الظهرة is also an ordinary word: here Tripoli, its parent, supports the district.
    expect(pairs("أغلقت المحال في الظهرة وسط طرابلس")).toEqual([["الظهرة", "al-dahra"], ["طرابلس", "tripoli"]]);
    expect(pairs("ارتفع إنتاج النفط. وأغلقت المحال في الظهرة وسط طرابلس")).toEqual([["الظهرة", "al-dahra"], ["طرابلس", "tripoli"]]);
    expect(pairs("ارتفع إنتاج النفط رغم الاشتباكات في حي الظهرة")).toEqual([["حي الظهرة", "al-dahra"]]); // the alias holds حي
    expect(pairs("أغلقت المحال في الظهرة")).toEqual([]); // and unsupported, as before
  });
  it("does not let the sentence's topic override a facility word", () => {
    expect(pairs("استؤنف تصدير النفط من ميناء السدرة")).toEqual([["ميناء السدرة", "es-sider-terminal"]]);
  });
});

describe("national teams and clubs named after a place are not places (organisation heads)", () => {
  it("drops the country or city inside a team or club name, and keeps the place beside it", () => {
    expect(pairs("فاز منتخب مصر على منتخب تونس في القاهرة")).toEqual([["القاهرة", "cairo"]]);
    expect(pairs("تعاقد ريال مدريد مع لاعب من فرنسا")).toEqual([["فرنسا", "france"]]);
    expect(pairs("تعادل أهلي بنغازي مع ضيفه في طرابلس")).toEqual([["طرابلس", "tripoli"]]);
  });
  it("drops the country in the name of a channel named after it", () => {
    expect(pairs("قالت قناة ليبيا الأحرار إن الاشتباكات وصلت إلى جنزور")).toEqual([["جنزور", "janzour"]]);
    expect(pairs("ونقلت ليبيا الحدث عن مصادر في سرت")).toEqual([["سرت", "sirte"]]);
  });
  it("drops the city in the name of an armed group's council", () => {
    expect(pairs("أعلن مجلس شورى ثوار بنغازي انسحابه من قنفودة")).toEqual([["قنفودة", "ganfouda"]]);
  });
});

describe("a word after the name that only its ordinary reading takes (sense-tail.ts)", () => {
  it("reads الزاوية اليسرى and الزاوية القائمة as corners and angles, not the city", () => {
    expect(pairs("سدد الكرة في الزاوية اليسرى للمرمى")).toEqual([]);
    expect(pairs("رسم المهندس الزاوية القائمة")).toEqual([]);
  });
  it("reads مسقط رأسه as a birthplace and keeps Muscat otherwise", () => {
    expect(pairs("دفن في مسقط رأسه")).toEqual([]);
    expect(pairs("وصل الوزير إلى مسقط أمس")).toEqual([["مسقط", "muscat"]]);
  });
  it("keeps the city before other words, and a corner kick is no city either", () => {
    expect(pairs("اشتباكات في الزاوية الليلة الماضية")).toEqual([["الزاوية", "zawiya"]]);
    expect(pairs("سجل من ضربة الزاوية")).toEqual([]);
  });
});

describe("a word written with tanween is an indefinite common word (tanween.ts)", () => {
  it("drops a name-shaped word with tanween and keeps the same word without it", () => {
    expect(pairs("شرب كوباً من الشاي في طرابلس")).toEqual([["طرابلس", "tripoli"]]);
    expect(pairs("زار الوفد كوبا والمكسيك")).toEqual([
      ["كوبا", "cuba"],
      ["المكسيك", "mexico"],
    ]);
  });
});

describe("a name joined by و is the next item of a list, not a family name (person.ts)", () => {
  it("keeps a market after a word that is also a title", () => {
    expect(pairs("ازدحمت سوق المشير وسوق الترك")).toEqual([
      ["سوق المشير", "souq-al-mushir"],
      ["سوق الترك", "souq-al-turk"],
    ]);
  });
  it("reads a given name listed right after a place as the next place", () => {
    expect(pairs("طالب أهالي شكشوك وتيجي وبدر بالمياه")).toEqual([
      ["شكشوك", "shakshuk"],
      ["تيجي", "tiji"],
      ["بدر", "badr"],
    ]);
    expect(pairs("التقى حفتر وبدر في بنغازي")).toEqual([["بنغازي", "benghazi"]]);
  });
  it("still reads a name right after a title as a family name", () => {
    expect(pairs("قال المشير حفتر في بنغازي")).toEqual([["بنغازي", "benghazi"]]);
  });
});

describe("the longer name wins over the city or region inside it (new gazetteer entries)", () => {
  it("takes a municipality or street that holds a region's, a city's or a country's name", () => {
    expect(pairs("جرت الانتخابات في إدري الشاطئ والزاوية الغرب")).toEqual([
      ["إدري الشاطئ", "idri"],
      ["الزاوية الغرب", "zawiya-west"],
    ]);
    expect(pairs("تجمع المحتجون في ميدان الجزائر قرب باب طبرق")).toEqual([
      ["ميدان الجزائر", "algeria-square"],
      ["باب طبرق", "bab-tobruk"],
    ]);
  });
  it("takes the old city of the town named beside it", () => {
    expect(pairs("دمرت السيول المدينة القديمة في درنة")).toEqual([
      ["المدينة القديمة", "derna-old-city"],
      ["درنة", "derna"],
    ]);
  });
});

describe("countries generated from the country libraries", () => {
  it("finds countries and capitals that the hand-curated list never had", () => {
    expect(pairs("وصل وفد من كينيا وفنزويلا إلى نيروبي")).toEqual([
      ["كينيا", "kenya"],
      ["فنزويلا", "venezuela"],
      ["نيروبي", "nairobi"],
    ]);
  });
  it("takes the spellings the libraries lack, and مالي only with support (also \"financial\")", () => {
    expect(pairs("وصل لاعبون من كوت ديفوار والبوسنة")).toEqual([
      ["كوت ديفوار", "ivory-coast"],
      ["البوسنة", "bosnia-and-herzegovina"],
    ]);
    expect(pairs("قدمت الحكومة دعم مالي للبلديات")).toEqual([]);
    expect(pairs("شارك جنود من النيجر ومالي")).toEqual([
      ["النيجر", "niger"],
      ["مالي", "mali"],
    ]);
  });
  it("needs support for a country whose name is an ordinary word (بنين, sons)", () => {
    expect(pairs("مدرسة للبنين وأخرى للبنات")).toEqual([]);
    expect(pairs("زار الوفد توغو وبنين")).toEqual([
      ["توغو", "togo"],
      ["بنين", "benin"],
    ]);
  });
});

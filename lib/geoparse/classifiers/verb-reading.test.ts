import { describe, expect, it } from "vitest";
import { candidateIn } from "./test-candidate";
import { VERB, verbReading } from "./verb-reading";

const read = (text: string, name = "سرت") => verbReading(...candidateIn(text, name));

describe("verbReading: a verbal particle or relative before the name", () => {
  it.each([
    ["قد سرت في المدينة أخبار عن وصول تعزيزات"],
    ["لقد سرت مخاوف من انهيار الاتفاق"],
    ["وقد سرت تقارير تفيد بانسحاب القوات"],
    ["فقد سرت بين الناس رواية أخرى"],
    ["الأنباء التي سرت أمس لا أساس لها"],
    ["عندما سرت في شوارع المدينة رأيت الدمار"],
    ["بعد أن سرت أنباء عن الانسحاب تجمع الأهالي"],
  ])("%s → the verb", (text) => {
    expect(read(text)).toEqual({ reject: VERB });
  });
  it("uses the name's own words before it: لا ادري", () => {
    expect(read("قال أحد السكان لا ادري متى تعود الكهرباء", "ادري")).toEqual({ reject: VERB });
    expect(read("تعاني إدري من انقطاع الكهرباء", "إدري")).toBeNull();
  });
  it("keeps the place when قد is followed by a verb, or أن stands alone", () => {
    expect(read("وقد وصلت تعزيزات إلى سرت")).toBeNull();
    expect(read("قد تشهد سرت مواجهات جديدة")).toBeNull();
    expect(read("أكد المسؤول أن سرت آمنة")).toBeNull();
  });
});

describe("verbReading: the verb's subject after the name", () => {
  it.each([
    ["سرت شائعات في طرابلس عن استقالة الحكومة"],
    ["سرت الهدنة منذ منتصف الليل"],
    ["سرت مفعول العقوبات على الشركات"],
    ["سرت الكهرباء في الأسلاك بعد إصلاح المحطة"],
    ["سرت في أوساط الناشطين موجة من الغضب"],
    ["وعاد الهدوء، وسرت أنباء عن اتفاق وشيك"],
    ["وسرت حالة من الترقب في الأوساط السياسية"],
    ["كما سرت أجواء من التفاؤل بين المفاوضين"],
  ])("%s → the verb, at the start of a clause", (text) => {
    expect(read(text)).toEqual({ reject: VERB });
  });
  it("applies to other verb homographs with their own subjects", () => {
    expect(read("تهللت وجوه الأهالي بعد عودة الكهرباء", "تهللت")).toEqual({ reject: VERB });
    expect(read("وصلت قوات إلى تهللت في الجنوب", "تهللت")).toBeNull();
  });
  it("keeps the place after a preposition or a verb, whatever follows", () => {
    expect(read("وتسود في سرت حالة من الترقب")).toBeNull();
    expect(read("تعيش سرت حالة من الاستنفار الأمني")).toBeNull();
    expect(read("إلى سرت أنباء")).toBeNull();
  });
  it("asks for support when وسرت follows another word: a list keeps it, a clause does not", () => {
    expect(read("تعيش طرابلس وسرت أجواء من الترقب")).toEqual({ needsSupport: true });
    expect(read("أعلنت الحكومة الهدنة وسرت حالة من الارتياح")).toEqual({ needsSupport: true });
  });
  it("keeps the place before its own words or across punctuation", () => {
    expect(read("سرت الساحلية تشهد هدوءا حذرا")).toBeNull();
    expect(read("سرت والجفرة خط أحمر")).toBeNull();
    expect(read("سرت مدينة ساحلية في وسط البلاد")).toBeNull();
    expect(read("سرت: أنباء عن اشتباكات")).toBeNull();
  });
  it("never reads a name with a preposition on it as a verb", () => {
    expect(read("دعا المجلس لسرت أنباء", "سرت")).toBeNull();
    expect(read("قد بسرت", "سرت")).toBeNull();
  });
});

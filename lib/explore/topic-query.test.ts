import { describe, expect, it } from "vitest";
import { matchesTopic, sentenceTerms, topicGroups, topicSpans, wordTerms } from "./topic-query";

describe("topic matching, Arabic-aware", () => {
  it("finds a word behind proclitics and the article", () => {
    expect(matchesTopic("قصفت القوات مواقعهم بطائرات مسيرة", "مسيرة")).toBe(true);
    expect(matchesTopic("تقدمت المسيرة نحو الساحة", "مسيرة")).toBe(true);
    expect(matchesTopic("ونددوا بالمسيرة", "مسيرة")).toBe(true);
    expect(matchesTopic("وللمسيرة أهداف", "مسيرة")).toBe(true);
    expect(matchesTopic("مسيرة حاشدة في الميدان", "المسيرة")).toBe(true);
  });

  it("folds hamza, ta marbuta, alef maqsura, diacritics and tatweel on both sides", () => {
    expect(matchesTopic("وصل وفد الامم المتحدة", "الأمم")).toBe(true);
    expect(matchesTopic("استهدفت طائرةٌ مُسَيَّرَةٌ الموقع", "طائره مسيره")).toBe(true);
    expect(matchesTopic("أعلنت المؤسسة استئناف الإنتاج", "انتاج")).toBe(true);
    expect(matchesTopic("مستشفى الجلاء", "مستشفي")).toBe(true);
    expect(matchesTopic("قـــصـــف عنيف", "قصف")).toBe(true);
  });

  it("means every word when there are several, and nothing matches a different word", () => {
    expect(matchesTopic("قصف بطائرات مسيرة قرب سرت", "مسيرة سرت")).toBe(true);
    expect(matchesTopic("قصف بطائرات مسيرة قرب سرت", "مسيرة نفط")).toBe(false);
    expect(matchesTopic("سار الموكب", "مسيرة")).toBe(false);
    // A plural is another word: the query does not stem.
    expect(matchesTopic("قصف بطائرات مسيرة", "طائرة")).toBe(false);
  });

  it("keeps words of two letters or more, at most eight, without repeats", () => {
    expect(topicGroups("و  نفط نفط")).toEqual([["نفط"]]);
    expect(topicGroups("الأمم المتحدة")).toEqual([["الامم", "امم"], ["المتحده", "متحده"]]);
    expect(topicGroups("ا ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي")).toEqual([]);
    expect(topicGroups("نفط غاز ماء كهرباء خبز وقود دواء سكر ملح زيت")).toHaveLength(8);
  });

  it("indexes every reading of a word", () => {
    expect(wordTerms("وبالمسيره")).toEqual(["وبالمسيره", "بالمسيره", "المسيره", "مسيره"]);
    expect(sentenceTerms("بطائرات مسيّرة")).toBe("بطائرات طائرات مسيره");
  });

  it("gives the spans of the words a query matched, for highlighting", () => {
    const text = "قصفت طائرة مسيرة مواقع قرب سرت، وأسقطت الدفاعات مسيرة ثانية";
    const spans = topicSpans(text, "المسيرة");
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(["مسيرة", "مسيرة"]);
    expect(topicSpans(text, "")).toEqual([]);
  });
});

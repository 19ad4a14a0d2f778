import { describe, expect, it } from "vitest";
import { tokenize } from "../../arabic";
import { candidateAt } from "../candidates";
import { testGazetteer } from "../test-gazetteer";
import { adjective, bareNoun, classify, commonWord, construct, facilityCue, numeral, organisation, person, placeCue } from ".";

const g = testGazetteer();
/** The first candidate in `text` whose surface is `name`, with its context. */
function at(text: string, name: string) {
  const ctx = { text, tokens: tokenize(text) };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const c = candidateAt(ctx, g.index, i);
    if (c && text.slice(c.start, c.end) === name) return { c, ctx };
  }
  throw new Error(`no candidate ${name}`);
}

describe("facilityCue", () => {
  it("reads the facility word before the name, proclitic included", () => {
    const { c, ctx } = at("في بقاعدة الجفرة العسكرية", "الجفرة");
    const s = facilityCue(c, ctx);
    expect(s?.facilityKinds).toContain("airbase");
    expect(ctx.text.slice(s!.facilityCueStart)).toMatch(/^قاعدة الجفرة/);
  });
  it("says nothing without a facility word", () => {
    const { c, ctx } = at("في الجفرة", "الجفرة");
    expect(facilityCue(c, ctx)).toBeNull();
  });
});

describe("placeCue", () => {
  it("sees a place word before the name, not after a comma", () => {
    expect(placeCue(...args(at("في مدينة الخمس", "الخمس")))).toEqual({ cued: true });
    expect(placeCue(...args(at("منطقة، الخمس", "الخمس")))).toBeNull();
  });
});

describe("organisation", () => {
  it("rejects names inside media names, across quote marks", () => {
    expect(organisation(...args(at("لصحيفة “الشرق الأوسط” إن", "الشرق الأوسط")))?.reject).toBeDefined();
    expect(organisation(...args(at("لـ”العين الإخبارية” أن", "العين")))?.reject).toBeDefined();
  });
  it("lets an ordinary mention through", () => {
    expect(organisation(...args(at("في الشرق الأوسط", "الشرق الأوسط")))).toBeNull();
  });
});

describe("person", () => {
  it("rejects a name after a title or a first name, or before a father's name", () => {
    expect(person(...args(at("رئيس الحكومة فائز السراج", "السراج")))?.reject).toBe("person name");
    expect(person(...args(at("قال المستشار القداحية", "القداحية")))?.reject).toBe("person name");
    expect(person(...args(at("التقى الخمس صالح", "الخمس")))?.reject).toBe("person name");
  });
  it("rejects a name that is itself a first name followed by another name", () => {
    expect(person(...args(at("أعلن صلاح الدين النمروش", "صلاح الدين")))?.reject).toBe("person name");
    // a title before a city that is not an ordinary word: the title is the subject of a visit
    expect(person(...args(at("زار الرئيس تونس", "تونس")))).toBeNull();
    expect(person(...args(at("في صلاح الدين وعين زارة", "صلاح الدين")))).toBeNull();
  });
  it("does not take the preposition على for the name علي", () => {
    expect(person(...args(at("أغارت على مصراتة", "مصراتة")))).toBeNull();
  });
});

describe("adjective", () => {
  it("reads a common-word name after a definite noun as its adjective", () => {
    expect(adjective(...args(at("ضبطت الأسلحة البيضاء", "البيضاء")))?.reject).toBe("adjective");
    expect(adjective(...args(at("وبالأسلحة البيضاء", "البيضاء")))?.reject).toBe("adjective");
  });
  it("keeps it after a place word or an indefinite word, and leaves other names alone", () => {
    expect(adjective(...args(at("في مدينة البيضاء", "البيضاء")))).toBeNull();
    expect(adjective(...args(at("وصل إلى البيضاء", "البيضاء")))).toBeNull();
    expect(adjective(...args(at("العاصمة الليبية طرابلس", "طرابلس")))).toBeNull();
  });
});

describe("construct", () => {
  it("reads an indefinite common-word name before a definite word as a construct head", () => {
    expect(construct(...args(at("قال مساعد الأمين العام", "مساعد")))?.reject).toBe("construct head");
  });
  it("leaves it alone otherwise", () => {
    expect(construct(...args(at("وصلوا إلى مساعد أمس", "مساعد")))).toBeNull();
    expect(construct(...args(at("مصراتة الليبية", "مصراتة")))).toBeNull();
  });
});

describe("numeral", () => {
  it("reads a number-word name before a counted noun as the number", () => {
    expect(numeral(...args(at("في الخمس سنوات الماضية", "الخمس")))?.reject).toBe("number word");
    expect(numeral(...args(at("في الخمس أمس", "الخمس")))).toBeNull();
  });
});

describe("bareNoun", () => {
  it("rejects a bare common noun even when an alias equals it", () => {
    expect(bareNoun(at("أضرار بمدرج المطار", "المطار").c)?.reject).toBe("bare common noun");
  });
});

describe("commonWord", () => {
  it("asks for support when a name is also an ordinary word", () => {
    expect(commonWord(at("تحت القبة", "القبة").c)).toEqual({ needsSupport: true });
    expect(commonWord(at("في الخمس", "الخمس").c)).toBeNull();
    expect(commonWord(at("في سرت", "سرت").c)).toBeNull();
  });
});

describe("classify", () => {
  it("merges signals and stops at a rejection", () => {
    expect(classify(...args(at("مدينة القبة", "القبة")))).toEqual({ cued: true, needsSupport: true });
    expect(classify(...args(at("وكالة الخمس", "الخمس")))).toEqual({ reject: "organisation name" });
  });
});

function args(x: ReturnType<typeof at>) {
  return [x.c, x.ctx] as const;
}

import { describe, expect, it } from "vitest";
import { candidateIn } from "./test-candidate";
import { VOCALISED, vocalisation } from "./vocalisation";

const read = (text: string, name: string) => vocalisation(...candidateIn(text, name));

describe("vocalisation", () => {
  it.each([
    ["سرّت الحكومة بنتائج الاجتماع", "سرّت"],
    ["سرَت موجة من الاحتجاجات", "سرَت"],
    ["سرتُ في الشارع حتى الميدان", "سرتُ"],
    ["هل سرتَ في الشارع", "سرتَ"],
    ["وسرّت النتائج الجميع", "سرّت"],
  ])("%s → harakat the city never has", (text, name) => {
    expect(read(text, name)).toEqual({ reject: VOCALISED });
  });
  it("reads the hamza: أدري is the verb, إدري the town", () => {
    expect(read("لا أدري متى تعود", "أدري")).toEqual({ reject: VOCALISED });
    expect(read("تعاني إدري من العطش", "إدري")).toBeNull();
  });
  it("tells مُصِرّ (insisting) from مِصْر", () => {
    expect(read("هو مُصِرّ على موقفه", "مُصِرّ")).toEqual({ reject: VOCALISED });
    expect(read("أعلنت مِصْرُ دعمها", "مِصْرُ")).toBeNull();
  });
  it("keeps the city vocalised as a name, unvocalised, or with marks on its proclitic only", () => {
    expect(read("اشتباكات في سِرْت مساء الأحد", "سِرْت")).toBeNull();
    expect(read("يعيش سكان سُرْت أوضاعا صعبة", "سُرْت")).toBeNull();
    expect(read("في سرت", "سرت")).toBeNull();
    expect(read("بين مصراتة وَسرت", "سرت")).toBeNull();
  });
  it("leaves names without a vocalisation entry alone", () => {
    expect(read("من طَرابُلُس", "طَرابُلُس")).toBeNull();
  });
});

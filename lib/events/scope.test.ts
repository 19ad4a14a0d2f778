import { describe, expect, it } from "vitest";
import { governor, phraseHead } from "./scope";
import { words } from "./words";

const gov = (text: string, name: string) => {
  const ws = words(text);
  const first = ws.findIndex((w) => text.slice(w.start, w.end).endsWith(name));
  const head = phraseHead(ws, first, 0);
  const w = ws[head]!;
  const prefix = head === first ? w.norm.slice(0, w.norm.length - name.length) : w.norm.match(/^[وف]?[بل]?/)![0];
  return governor(ws, head, prefix, 0).kind;
};

describe("phraseHead", () => {
  it("walks back over place-type words to the start of the noun phrase", () => {
    const ws = words("وفي العاصمة الليبية طرابلس");
    expect(phraseHead(ws, 3, 0)).toBe(1);
    expect(phraseHead(words("قصف بمدينة سرت"), 2, 0)).toBe(1);
  });
});

describe("governor", () => {
  it("tells a scene from an outskirts, a destination, an origin, a locator and a bare name", () => {
    expect(gov("اشتباكات في مدينة درنة", "درنة")).toBe("in");
    expect(gov("اشتباكات بدرنة", "درنة")).toBe("in");
    expect(gov("قصف على أطراف غريان", "غريان")).toBe("outskirts");
    expect(gov("معارك بالقرب من غريان", "غريان")).toBe("outskirts");
    expect(gov("توجه الرتل نحو غريان", "غريان")).toBe("to");
    expect(gov("انسحبوا من غريان", "غريان")).toBe("from");
    expect(gov("حي الأندلس غرب طرابلس", "طرابلس")).toBe("direction");
    expect(gov("الطريق بين زليتن ومصراتة", "زليتن")).toBe("between");
    expect(gov("اجتماع مع تونس", "تونس")).toBe("with");
    expect(gov("دخلت القوات غريان", "غريان")).toBe("none");
  });
});

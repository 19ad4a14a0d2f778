// Text copied from a PDF often carries Arabic presentation forms (one code point per letter shape)
// and bidi marks; the geoparser must find the same places in it, with spans into that text.
import { describe, expect, it } from "vitest";
import { geoparse } from "../geoparse";
import { loadGazetteer } from "../gazetteer/load";

const gazetteer = loadGazetteer();
const found = (text: string) =>
  geoparse(text, gazetteer).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.surface);
    return [m.surface, m.placeId];
  });

// ﻃﺮﺍﺑﻠﺲ = طرابلس, ﻣﺴﻼﺗﺔ = مسلاتة (ﻼ is one lam-alef ligature), ﺳﺮﺕ = سرت, all as a PDF copies them.
const TRIPOLI = "\uFEC3\uFEAE\uFE8D\uFE91\uFEE0\uFEB2";
const MSALLATA = "\uFEE3\uFEB4\uFEFC\uFE97\uFE94";
const SIRTE = "\uFEB3\uFEAE\uFE95";

describe("geoparse on text pasted from a PDF", () => {
  it("finds a place written in presentation forms", () => {
    expect(TRIPOLI.normalize("NFKC")).toBe("طرابلس");
    expect(found(`اشتباكات في ${TRIPOLI} مساء أمس.`)).toEqual([[TRIPOLI, "tripoli"]]);
  });

  it("finds a name holding a lam-alef ligature, and peels a proclitic written in presentation forms", () => {
    expect(MSALLATA.normalize("NFKC")).toBe("مسلاتة");
    expect(found(`وصلت القوات إلى ${MSALLATA} ثم \uFE91${SIRTE} اليوم.`)).toEqual([
      [MSALLATA, "msallata"],
      [SIRTE, "sirte"],
    ]);
  });

  it("ends a mention at the name, not at a bidi mark after it", () => {
    for (const mark of ["\u200F", "\u200E", "\u200C", "\u202C", "\uFEFF"]) {
      expect(found(`وصلت القوات إلى سرت${mark} اليوم.`)).toEqual([["سرت", "sirte"]]);
    }
  });
});

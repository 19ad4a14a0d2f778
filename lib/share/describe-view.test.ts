import { describe, expect, it } from "vitest";
import { describeView } from "./describe-view";
import { ogImagePath } from "./og-image-path";

const misrata = { nameAr: "مصراتة", nameEn: "Misrata", kind: "city" };

describe("describeView", () => {
  it("names the place in both languages, the view's language first", () => {
    expect(describeView({ place: "misrata" }, { place: misrata }).title).toBe("Misrata — مصراتة · Khabar Map");
    expect(describeView({ place: "misrata", lang: "ar" }, { place: misrata }).title).toBe("مصراتة — Misrata · Khabar Map");
    expect(describeView({ place: "misrata" }, { place: misrata }).description).toContain("Misrata (مصراتة), city");
  });

  it("quotes the selected mention with its article", () => {
    const d = describeView(
      { place: "misrata", mention: "002:161" },
      { place: misrata, quote: "  قصفت\nالقوات مصراتة  ", articleTitle: "تقرير" },
    );
    expect(d.description).toBe("«قصفت القوات مصراتة» — تقرير");
  });

  it("keeps long quotes short", () => {
    const d = describeView({ place: "misrata" }, { place: misrata, quote: "كلمة ".repeat(200) });
    expect(d.description.length).toBeLessThanOrEqual(300);
    expect(d.description).toContain("…");
  });

  it("describes the site and the filters when no place is selected", () => {
    const d = describeView({ from: "2020-06-01", to: "2020-07-31", articles: ["002", "004"] });
    expect(d.title).toBe("Khabar Map — Libya in the news");
    expect(d.description).toContain("Reports from 2020-06-01 to 2020-07-31.");
    expect(d.description).toContain("Articles 002, 004.");
    expect(describeView({ q: "abu qurain" }).title).toBe("“abu qurain” · Khabar Map");
  });

  it("names the topic and the outlets, in the title when no place is selected", () => {
    const d = describeView({ what: "طائرة مسيرة", sources: ["Al Wasat", "بوابة الوسط"], q: "سرت" });
    expect(d.title).toBe("“طائرة مسيرة” · Khabar Map");
    expect(d.description).toContain("About “طائرة مسيرة”.");
    expect(d.description).toContain("From Al Wasat, بوابة الوسط.");
    const withPlace = describeView({ place: "misrata", what: "مرتزقة" }, { place: misrata });
    expect(withPlace.title).toBe("Misrata — مصراتة · Khabar Map");
    expect(withPlace.description).toContain("About “مرتزقة”.");
  });

  it("labels kinds in words", () => {
    expect(describeView({}, { place: { ...misrata, kind: "oilfield" } }).description).toContain("oil field");
  });
});

describe("ogImagePath", () => {
  it("points at the preview route with the place and mention", () => {
    expect(ogImagePath({ place: "misrata", mention: "002:161", zoom: 9 })).toBe("/api/og?p=misrata&m=002:161");
    expect(ogImagePath({ place: "misrata" })).toBe("/api/og?p=misrata");
    expect(ogImagePath({})).toBeUndefined();
  });
  it("never writes a malformed id into the URL", () => {
    expect(ogImagePath({ place: "<script>" })).toBeUndefined();
    expect(ogImagePath({ place: "sirte", mention: "<x>:1" })).toBe("/api/og?p=sirte");
  });
});

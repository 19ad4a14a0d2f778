import { describe, expect, it } from "vitest";
import { KIND_LABELS_AR, STRINGS, mentionCount, namesInOrder, t } from "./i18n";
import { KIND_LABELS } from "./kind-labels";

describe("i18n", () => {
  it("has every string in English and Arabic, the Arabic ones in Arabic script", () => {
    for (const [key, entry] of Object.entries(STRINGS)) {
      expect(entry.en.trim(), key).not.toBe("");
      expect(entry.ar.trim(), key).not.toBe("");
      // The language switch names the other language, so its Arabic entry is "English".
      if (key !== "switchLang") expect(entry.ar, key).toMatch(/[\u0600-\u06FF]/);
      // Placeholders match in both languages.
      const holes = (s: string) => [...s.matchAll(/\{[nx]\}/g)].map((m) => m[0]).sort();
      expect(holes(entry.ar), key).toEqual(holes(entry.en));
    }
  });

  it("labels every place kind in Arabic", () => {
    expect(Object.keys(KIND_LABELS_AR).sort()).toEqual(Object.keys(KIND_LABELS).sort());
  });

  it("fills counts and text", () => {
    expect(t("en", "undated", { n: 2 })).toBe("2 undated");
    expect(t("ar", "undated", { n: 2 })).toBe("بلا تاريخ: 2");
    expect(t("en", "showingArticles", { n: 1, x: 5 })).toBe("Showing 1 of 5 articles");
    expect(mentionCount("en", 1)).toBe("1 mention");
    expect(mentionCount("en", 7)).toBe("7 mentions");
    expect(mentionCount("ar", 7)).toBe("الإشارات: 7");
  });

  it("puts the interface language's name first", () => {
    const p = { nameAr: "مصراتة", nameEn: "Misrata" };
    expect(namesInOrder("en", p)).toEqual(["Misrata", "مصراتة"]);
    expect(namesInOrder("ar", p)).toEqual(["مصراتة", "Misrata"]);
  });
});

import { describe, expect, it } from "vitest";
import { checkPastedArticle } from "@/lib/ingest/check-pasted";
import { PASTE_PROBLEM_CODES, type PasteProblem, type PasteProblemCode } from "@/lib/ingest/paste-problem";
import { decodeArticleFromUrl } from "@/lib/ingest/share-text";
import { PASTE_STRINGS, PROBLEM_STRINGS, pastedErrorText, problemText, pt } from "./paste-strings";

/** One problem of each code, with figures as lib/ingest reports them. */
const SAMPLES: { [C in PasteProblemCode]: Extract<PasteProblem, { code: C }> } = {
  "text-empty": { code: "text-empty" },
  "text-too-long": { code: "text-too-long", bytes: 102_402, max: 102_400 },
  "text-no-letters": { code: "text-no-letters" },
  "text-not-arabic": { code: "text-not-arabic", percent: 25, letters: 24, min: 50 },
  "title-too-long": { code: "title-too-long", chars: 501, max: 500 },
  "date-invalid": { code: "date-invalid", value: "2020-02-30" },
  "share-no-text": { code: "share-no-text" },
  "share-too-long": { code: "share-too-long", chars: 23_456, percent: 147, max: 16_000 },
  "link-no-article": { code: "link-no-article" },
  "link-too-long": { code: "link-too-long" },
  "link-damaged": { code: "link-damaged" },
  "link-unreadable": { code: "link-unreadable" },
  "link-date-dropped": { code: "link-date-dropped" },
};
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("pt", () => {
  it("fills counts in either language", () => {
    expect(pt("en", "summary", { n: 2, x: 3 })).toBe("2 places, 3 mentions. Kept in this tab and its link only; never sent to the server.");
    expect(pt("ar", "summary", { n: 2, x: 3 })).toMatch(/^الأماكن: 2، الإشارات: 3\./);
  });
  it("has an Arabic string for every key, written in Arabic", () => {
    for (const [key, s] of Object.entries(PASTE_STRINGS)) expect(s.ar, key).toMatch(/\p{Script=Arabic}/u);
  });
  it("keeps a filled value literal, even one with $ patterns", () => {
    expect(pt("en", "loaderFailed", { x: "bad $& $' chunk" })).toBe("The geoparser could not be loaded: bad $& $' chunk");
  });
});

describe("problemText", () => {
  it("words every lib/ingest problem code in English and in Arabic, with the same placeholders", () => {
    expect(Object.keys(PROBLEM_STRINGS).sort()).toEqual([...PASTE_PROBLEM_CODES].sort());
    for (const code of PASTE_PROBLEM_CODES) {
      const { en, ar } = PROBLEM_STRINGS[code];
      expect(en, code).toMatch(/[a-z]/);
      expect(ar, code).toMatch(/\p{Script=Arabic}/u);
      expect(placeholders(ar), code).toEqual(placeholders(en));
    }
  });
  it("fills every figure of the problem in both languages, nothing left unfilled", () => {
    for (const code of PASTE_PROBLEM_CODES) {
      const problem = SAMPLES[code];
      for (const lang of ["en", "ar"] as const) {
        const text = problemText(lang, problem);
        expect(text, `${code} ${lang}`).not.toMatch(/[{}]/);
        for (const v of Object.values(problem)) {
          if (v === code) continue;
          expect(text, `${code} ${lang}`).toContain(typeof v === "number" ? v.toLocaleString("en") : v);
        }
      }
    }
  });
  it("gives the Arabic messages the numbers of the refusal", () => {
    expect(problemText("ar", SAMPLES["text-too-long"])).toBe(
      "النص طويل جدًا: 102,402 بايت (الحد الأقصى 102,400 بايت، أي 100 كيلوبايت). الصق جزءًا أقصر، أو أضف المقال بالأمر npm run ingest.",
    );
    expect(problemText("ar", SAMPLES["text-not-arabic"])).toBe(
      "هذا ليس نصًا عربيًا: الحروف العربية 25% فقط من حروفه، وعددها 24 (المطلوب 50% على الأقل).",
    );
    expect(problemText("ar", SAMPLES["share-too-long"])).toContain("23,456، أي 147% من الحد المسموح (16,000)");
  });
  it("reads as before in English (the e2e specs and people know these)", () => {
    expect(problemText("en", SAMPLES["text-too-long"])).toBe(
      "The text is too long: 102,402 bytes (at most 102,400 bytes, 100 KB). Paste a shorter part, or add the article with npm run ingest.",
    );
    expect(problemText("en", SAMPLES["text-not-arabic"])).toBe("This is not Arabic text: 25% of its 24 letters are Arabic (at least 50% needed).");
    expect(problemText("en", SAMPLES["share-too-long"])).toBe(
      "This article is too long to share in a link: compressed it takes 23,456 characters, 147% of the 16,000 allowed. Share a shorter excerpt, or add the article with npm run ingest.",
    );
    expect(problemText("en", SAMPLES["date-invalid"])).toBe('The date must be a real date written yyyy-mm-dd, e.g. 2020-06-05 (got "2020-02-30").');
  });
  it("words what the checks really return", () => {
    const r = checkPastedArticle({ text: "Clashes near Tarhuna ترهونة" });
    if (r.ok) throw new Error("accepted English text");
    expect(problemText("ar", r.problem)).toContain("25%");
    expect(problemText("ar", r.problem)).toContain("24");
    const d = decodeArticleFromUrl("#article=xyz");
    if (d.ok) throw new Error("opened a damaged link");
    expect(pastedErrorText("ar", { code: "link-failed", problem: d.problem })).toBe("تعذّر فتح المقال في هذا الرابط: المقال المُشارَك في هذا الرابط تالف (ربما قُطع الرابط).");
  });
});

describe("pastedErrorText", () => {
  it("says why a link or the geoparser failed, in either language", () => {
    const link = { code: "link-failed", problem: { code: "link-unreadable" } } as const;
    expect(pastedErrorText("en", link)).toBe("The article in this link could not be opened: The shared article in this link is not in a form this app reads.");
    expect(pastedErrorText("ar", { code: "loader-failed", detail: "Failed to fetch" })).toBe("تعذّر تحميل مستخرج الأماكن: Failed to fetch");
  });
});

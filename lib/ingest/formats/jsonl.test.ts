import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseJsonLines } from "./jsonl";

const JSONL = readFileSync(new URL("./fixtures/libya-today-export.jsonl", import.meta.url), "utf8");

describe("parseJsonLines", () => {
  it("reads each line's keys, HTML content and date range; refuses the broken line alone", () => {
    expect(parseJsonLines(JSONL, "exports/lt.jsonl")).toEqual({
      articles: [
        {
          title: "إطلاق عملية عسكرية في بنغازي",
          text: "أطلقت قوات تابعة للواء خليفة حفتر عملية عسكرية في مدينة بنغازي، استهدفت مواقع لجماعات مسلحة في منطقتي سيدي فرج والهواري.\n\nوحلق الطيران الحربي فوق المدينة طوال النهار، فيما أغلقت المدارس والمصارف أبوابها.",
          source: "ليبيا اليوم",
          url: "https://libya-today.example/ar/articles/1404",
          published: { from: "2014-05-16", to: "2014-05-16" },
          origin: "exports/lt.jsonl#line 1",
        },
        {
          title: "معارك حول مطار طرابلس الدولي",
          text: "تواصلت المعارك في محيط مطار طرابلس الدولي لليوم العاشر على التوالي، وامتدت إلى طريق المطار وقصر بن غشير، وسط نزوح مئات العائلات نحو الزاوية وغريان.",
          source: "صحيفة الساحل",
          published: { from: "2014-07-13", to: "2014-07-31" },
          origin: "exports/lt.jsonl#line 2",
        },
        {
          // no title: the text's first line
          // No title given: the first line, cut at a space with "…" (lib/corpus derivedTitle).
          title: "وصل وفد من المجلس الرئاسي إلى مدينة الكفرة لبحث أوضاع المهاجرين على الحدود مع السودان…",
          text: "وصل وفد من المجلس الرئاسي إلى مدينة الكفرة لبحث أوضاع المهاجرين على الحدود مع السودان وتشاد، والتقى أعيان المدينة ومسؤولي البلدية.",
          published: null,
          origin: "exports/lt.jsonl#line 5",
        },
      ],
      // line 3 is blank and skipped; lines keep their numbers in the file
      errors: [{ item: "line 4", message: "not JSON: Unterminated string in JSON at position 50" }],
    });
  });

  it("refuses a line that is not an object, or whose values have the wrong type, or that has no text", () => {
    const r = parseJsonLines(
      ['["نص"]', '{"text": 42}', '{"title": "خبر", "text": "اشتباكات في الكفرة", "date": 20200101}', '{"title": "عنوان بلا نص", "text": null}'].join("\n"),
      "w.jsonl",
    );
    expect(r).toEqual({
      articles: [],
      errors: [
        { item: "line 1", message: "not a JSON object but an array" },
        { item: "line 2", message: "text must be a string, got number" },
        { item: "line 3", message: "date must be a string, got number" },
        { item: "line 4", message: "no text: none of text, body, content, article, النص, المحتوى, summary, description, الملخص has a value" },
      ],
    });
  });

  it("marks a text given as summary or description a summary", () => {
    const [article] = parseJsonLines('{"description": "اشتباكات قرب غريان صباح اليوم"}', "s.jsonl").articles;
    expect(article).toMatchObject({ text: "اشتباكات قرب غريان صباح اليوم", summary: true });
  });
});

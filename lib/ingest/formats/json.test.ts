import { describe, expect, it } from "vitest";
import { parseJson } from "./json";
import { jsonProblem } from "./json-problem";

const TEXT = "أعلنت بلدية مصراتة افتتاح جسر جديد على الطريق الساحلي شرق المدينة.";

describe("parseJson", () => {
  it("reads an array of objects as items, refusing a bad element alone", () => {
    const json = JSON.stringify([{ headline: "جسر جديد", body: TEXT, published: "2022-04-10", outlet: "صحيفة الساحل" }, "نص", { title: "بلا نص" }], null, 2);
    expect(parseJson("\uFEFF" + json, "export.json")).toEqual({
      articles: [{ title: "جسر جديد", text: TEXT, source: "صحيفة الساحل", published: { from: "2022-04-10", to: "2022-04-10" }, origin: "export.json#item 1" }],
      errors: [
        { item: "item 2", message: "not a JSON object but a string" },
        { item: "item 3", message: "no text: none of text, body, content, article, النص, المحتوى, summary, description, الملخص has a value" },
      ],
    });
  });
  it("reads a single object as one article", () => {
    expect(parseJson(JSON.stringify({ text: TEXT }, null, 2), "one.json").articles).toEqual([{ title: TEXT, text: TEXT, published: null, origin: "one.json" }]);
  });
  it("reads JSON Lines saved as .json as JSON Lines", () => {
    const r = parseJson(`{"text": "${TEXT}"}\n{"text": "${TEXT.replace("مصراتة", "زليتن")}"}\n`, "lines.json");
    expect(r.articles.map((a) => a.origin)).toEqual(["lines.json#line 1", "lines.json#line 2"]);
  });
  it("refuses what is not JSON, or not an array or object, as a whole", () => {
    expect(parseJson('[{"text": "نص"', "cut.json").errors).toEqual([{ item: "", message: "not JSON: Expected ',' or '}' after property value in JSON at position 14" }]);
    expect(parseJson("42", "n.json").errors).toEqual([{ item: "", message: "not a JSON array of articles but a number" }]);
  });
});

describe("jsonProblem", () => {
  it("drops Node 22's line and column, keeping the position", () => {
    expect(jsonProblem(new SyntaxError("Unterminated string in JSON at position 50 (line 1 column 51)"))).toBe("Unterminated string in JSON at position 50");
    expect(jsonProblem(new SyntaxError("Unexpected end of JSON input"))).toBe("Unexpected end of JSON input");
  });
});

import type { NewArticle } from "../../store/types";
import { articleFromRecord } from "./from-record";
import { jsonProblem } from "./json-problem";
import { parseJsonLines } from "./jsonl";
import { itemOrigin, type ItemError, type ParsedInput } from "./types";

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const kindOf = (v: unknown) => (v === null ? "null" : Array.isArray(v) ? "an array" : `a ${typeof v}`);

/**
 * The articles of a JSON export (UTF-8, a BOM dropped): an array of objects, each an article
 * named "item N" (from 1), with the keys of lib/ingest/formats/record-fields; or a single object,
 * one article. A file that is not one JSON value but one per line (JSON Lines saved as .json) is
 * read as JSON Lines. An element that is not an object, or that articleFromRecord refuses, is
 * refused alone; a file that is not JSON is refused whole, with where it breaks.
 *
 * @example parseJson('[{"title":"خبر","text":"اشتباكات في ترهونة"}, 7]', "a.json")
 *   // { articles: [{ title: "خبر", text: "اشتباكات في ترهونة", published: null, origin: "a.json#item 1" }],
 *   //   errors: [{ item: "item 2", message: "not a JSON object but a number" }] }
 */
export function parseJson(json: string, origin: string): ParsedInput {
  const text = json.replace(/^\uFEFF/, "");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== "");
    const perLine = lines.length > 1 && lines.every((l) => l.trimStart().startsWith("{"));
    if (perLine) return parseJsonLines(text, origin);
    return { articles: [], errors: [{ item: "", message: `not JSON: ${jsonProblem(err)}` }] };
  }
  if (isObject(value)) {
    const r = articleFromRecord(value, origin);
    return r.ok ? { articles: [r.article], errors: [] } : { articles: [], errors: [{ item: "", message: r.message }] };
  }
  if (!Array.isArray(value)) return { articles: [], errors: [{ item: "", message: `not a JSON array of articles but ${kindOf(value)}` }] };
  const articles: NewArticle[] = [];
  const errors: ItemError[] = [];
  value.forEach((element: unknown, i) => {
    const item = `item ${i + 1}`;
    if (!isObject(element)) return void errors.push({ item, message: `not a JSON object but ${kindOf(element)}` });
    const r = articleFromRecord(element, itemOrigin(origin, item));
    if (r.ok) articles.push(r.article);
    else errors.push({ item, message: r.message });
  });
  return { articles, errors };
}

import type { NewArticle } from "../../store/types";
import { articleFromRecord } from "./from-record";
import { jsonProblem } from "./json-problem";
import { itemOrigin, type ItemError, type ParsedInput } from "./types";

/**
 * The articles of a JSON Lines file (UTF-8, a BOM dropped): one JSON object per line, with the
 * keys of lib/ingest/formats/record-fields. Blank lines are skipped; a line that is not JSON, or
 * not an object, or that articleFromRecord refuses, is refused as "line N" (from 1) and the others
 * still come out.
 *
 * @example parseJsonLines('{"title":"خبر","text":"اشتباكات في ترهونة"}\n{oops\n', "a.jsonl")
 *   // { articles: [{ title: "خبر", text: "اشتباكات في ترهونة", published: null, origin: "a.jsonl#line 1" }],
 *   //   errors: [{ item: "line 2", message: "not JSON: Expected property name or '}' in JSON at position 1 (line 1 column 2)" }] }
 */
export function parseJsonLines(jsonl: string, origin: string): ParsedInput {
  const articles: NewArticle[] = [];
  const errors: ItemError[] = [];
  jsonl
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (line.trim() === "") return;
      const item = `line ${i + 1}`;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (err) {
        errors.push({ item, message: `not JSON: ${jsonProblem(err)}` });
        return;
      }
      if (value === null || typeof value !== "object" || Array.isArray(value)) {
        errors.push({ item, message: `not a JSON object but ${value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`}` });
        return;
      }
      const r = articleFromRecord(value as Record<string, unknown>, itemOrigin(origin, item));
      if (r.ok) articles.push(r.article);
      else errors.push({ item, message: r.message });
    });
  return { articles, errors };
}

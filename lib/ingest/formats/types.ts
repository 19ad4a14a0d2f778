import type { NewArticle } from "../../store/types";

/**
 * Why one part of an input was refused. `item` names the part the way a person finds it again:
 * "row 4" (CSV, the header is row 1), "line 7" (JSON Lines), "item 2" (a feed's item or entry, an element
 * of a JSON array, from 1); "" when the refusal is about the input as a whole (a page with no article body, a feed
 * that is not XML, a CSV with no text column).
 *
 * @example { item: "row 4", message: "date \"next week\" is not a date (yyyy-mm-dd or an ISO 8601 / RFC 822 timestamp)" }
 */
export type ItemError = { item: string; message: string };

/** What a format parser makes of one input: the articles it found and what it refused, in input order. */
export type ParsedInput = { articles: NewArticle[]; errors: ItemError[] };

/** The formats an input can be in (lib/ingest/formats/detect). */
export type InputFormat = "html" | "feed" | "csv" | "jsonl" | "json" | "text";

/**
 * The origin of one part of an input, as NewArticle.origin and the store's outcomes carry it.
 *
 * @example itemOrigin("feeds/wasat.xml", "item 3") // "feeds/wasat.xml#item 3"
 */
export function itemOrigin(origin: string, item: string): string {
  return item === "" ? origin : `${origin}#${item}`;
}

import type { SourceCount } from "@/lib/store/types";

/**
 * The outlets the chosen outlets may be picked from, with rows for chosen ones the other filters
 * leave empty (counted 0), so a choice can always be undone where it was made.
 *
 * @example sourceRows([{ name: "A", articles: 2, mentions: 5 }], ["B"]) // → [A, { name: "B", articles: 0, mentions: 0 }]
 */
export function sourceRows(sources: readonly SourceCount[], chosen: readonly string[]): SourceCount[] {
  const listed = new Set(sources.map((s) => s.name));
  return [...sources, ...chosen.filter((n) => !listed.has(n)).map((name) => ({ name, articles: 0, mentions: 0 }))];
}

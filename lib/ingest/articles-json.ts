import { z } from "zod";
import { isIsoDate } from "./iso-date";

const isoDate = z.string().refine(isIsoDate, "must be a date written yyyy-mm-dd");

/** One entry of seeds/articles.json. Unknown keys are kept as they are (other tools may add some). */
export const articleEntrySchema = z.looseObject({
  file: z.string().min(1),
  published: z
    .object({ from: isoDate, to: isoDate })
    .refine((r) => r.from <= r.to, "from must not be after to")
    .nullable(),
  title: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  url: z.url().optional(),
  basis: z.string().optional(),
});
export type ArticleEntry = z.infer<typeof articleEntrySchema>;

/** seeds/articles.json: a note on where the metadata comes from, and one entry per article file. */
export const articlesFileSchema = z.looseObject({
  note: z.string().optional(),
  articles: z.array(articleEntrySchema),
});
export type ArticlesFile = z.infer<typeof articlesFileSchema>;

/**
 * The number the next article file gets: one more than the highest "NNN_" prefix among `names`
 * (0 when there is none).
 *
 * @example nextArticleNumber(["000_a.txt", "004_b.txt", "articles.json"]) // 5
 */
export function nextArticleNumber(names: Iterable<string>): number {
  let max = -1;
  for (const name of names) {
    const m = /^(\d+)_/.exec(name);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return max + 1;
}

/**
 * The file name of an article: its number, three digits at least, and the first 16 hex digits
 * of the SHA-256 of its normalised text.
 *
 * @example articleFileName(5, "21a362b9bfaece20ffff") // "005_21a362b9bfaece20.txt"
 */
export function articleFileName(n: number, sha256Hex: string): string {
  return `${String(n).padStart(3, "0")}_${sha256Hex.slice(0, 16)}.txt`;
}

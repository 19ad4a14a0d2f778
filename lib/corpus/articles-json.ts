import { z } from "zod";
import type { DateRange } from "./types";

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date like 2020-07-03");

const dateRange = z
  .object({ from: isoDate, to: isoDate })
  .refine((r) => r.from <= r.to, { message: "from must not be after to" });

/** One entry of seeds/articles.json. Extra keys (basis, notes) are allowed and ignored. */
export const articleEntrySchema = z.looseObject({
  file: z.string().min(1),
  title: z.string().trim().min(1).optional(),
  published: dateRange.nullable().optional(),
  source: z.string().min(1).optional(),
  url: z.url().optional(),
});

/** seeds/articles.json: metadata the text files cannot carry (dates, titles, sources). */
export const articlesJsonSchema = z.looseObject({
  articles: z.array(z.unknown()),
});

export type ArticleEntry = {
  file: string;
  title?: string;
  published: DateRange | null;
  source?: string;
  url?: string;
};

/**
 * Parses the text of articles.json entry by entry: a bad entry is reported (by its file name when
 * it has one) and skipped, the others are kept.
 *
 * @example parseArticlesJson('{"articles":[{"file":"a.txt","published":{"from":"2020-01-01","to":"2020-01-02"}}]}')
 *   // → { entries: Map { "a.txt" → {...} }, errors: [] }
 */
export function parseArticlesJson(raw: string): {
  entries: Map<string, ArticleEntry>;
  errors: { file: string; message: string }[];
} {
  const entries = new Map<string, ArticleEntry>();
  const errors: { file: string; message: string }[] = [];
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (err) {
    errors.push({ file: "articles.json", message: `not valid JSON: ${(err as Error).message}` });
    return { entries, errors };
  }
  const top = articlesJsonSchema.safeParse(json);
  if (!top.success) {
    errors.push({ file: "articles.json", message: `expected {"articles": [...]}: ${z.prettifyError(top.error)}` });
    return { entries, errors };
  }
  top.data.articles.forEach((item, i) => {
    const parsed = articleEntrySchema.safeParse(item);
    if (!parsed.success) {
      const file =
        item && typeof item === "object" && typeof (item as { file?: unknown }).file === "string"
          ? (item as { file: string }).file
          : `articles.json entry ${i}`;
      errors.push({ file, message: `bad metadata in articles.json: ${z.prettifyError(parsed.error)}` });
      return;
    }
    const { file, title, published, source, url } = parsed.data;
    entries.set(file, {
      file,
      published: published ?? null,
      ...(title ? { title } : {}),
      ...(source ? { source } : {}),
      ...(url ? { url } : {}),
    });
  });
  return { entries, errors };
}

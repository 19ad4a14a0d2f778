// A synthetic corpus for the bench and the large-store tests, built from the seeds' sentences:
// articles of shuffled seed sentences, dated over 2011-2025, from 40 outlets, each made unique by a
// numbered closing line so the store's duplicate check lets every one in.
import { splitSentences } from "../lib/corpus/sentences";
import { readSeeds } from "../lib/corpus/read-seeds";
import type { NewArticle } from "../lib/store/types";
import { prng } from "./bench/geoparse";

/** Outlets the synthetic articles are spread over. */
export const SYNTHETIC_OUTLETS = Array.from({ length: 40 }, (_, i) => `وكالة الأنباء ${i + 1}`);
const SENTENCES_PER_ARTICLE = 7;
const FIRST_DAY = Date.UTC(2011, 0, 1) / 86_400_000;
const DAYS = Math.round((Date.UTC(2025, 11, 31) - Date.UTC(2011, 0, 1)) / 86_400_000);

/** The seeds' sentences of at least 30 characters, in file order. */
export function seedSentences(dir = "seeds"): string[] {
  return readSeeds(dir).articles.flatMap((a) =>
    splitSentences(a.text)
      .map((s) => a.text.slice(s.start, s.end))
      .filter((s) => s.length >= 30),
  );
}

/**
 * Article `i` of the synthetic corpus (deterministic: the same i gives the same article): about
 * 2.2 KB of seed sentences, one day in 2011-2025, one of 40 outlets, a unique URL; one in ten has
 * a week-long date range.
 *
 * @example syntheticArticle(7, seedSentences()).source // → "وكالة الأنباء 8"
 */
export function syntheticArticle(i: number, sentences: readonly string[]): NewArticle {
  const random = prng(1_000_003 * (i + 1));
  const parts: string[] = [];
  for (let j = 0; j < SENTENCES_PER_ARTICLE; j++) parts.push(sentences[Math.floor(random() * sentences.length)]!);
  const day = FIRST_DAY + Math.floor(random() * DAYS);
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const to = i % 10 === 0 ? day + 6 : day;
  return {
    title: `${parts[0]!.slice(0, 70)} (${i})`,
    text: `${parts.join(" ")}\nالتقرير رقم ${i}.`,
    source: SYNTHETIC_OUTLETS[i % SYNTHETIC_OUTLETS.length]!,
    url: `https://news.example.org/${i % 40}/${i}`,
    published: { from: iso(day), to: iso(to) },
    origin: `synthetic/${i}.txt`,
  };
}

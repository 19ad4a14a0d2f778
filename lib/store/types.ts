// The store's contract: what every adapter (SQLite today, PostgreSQL later) offers the layers above
// it. Nothing above lib/store writes SQL; app/, scripts/ and tests speak this interface only.
import type { DateRange } from "../corpus/types";

/**
 * An article on its way in, as a format parser (lib/ingest/formats) or the seeds reader gives it.
 * `text` is already decoded and checked (lib/ingest/check-article); `origin` says where it came
 * from, for messages and for "already ingested?": a file path, a URL, or "feed.xml#item 3".
 */
export type NewArticle = {
  title: string;
  text: string;
  /** the outlet ("Al Wasat"); undefined when nothing names it */
  source?: string;
  /** the canonical URL when known: a second article with the same canonical URL is a duplicate */
  url?: string;
  published: DateRange | null;
  origin: string;
  /** true when `text` is a feed's description, not the whole article */
  summary?: boolean;
};

/** What the geoparser and the event labeller said about one mention, as the store keeps it. */
export type StoredMention = {
  start: number;
  end: number;
  surface: string;
  placeId: string;
  sentence: { start: number; end: number };
  /** lib/events: role of the mention ("combat" | "military" | "civil" | "reference"), its kind and cue */
  role?: string;
  kind?: string;
  cue?: [number, number];
};

/** The result of trying to add one article: its new id, or why it was refused. */
export type IngestOutcome =
  | { ok: true; id: string; origin: string; mentions: number }
  | { ok: false; origin: string; reason: string };

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
  /** a fixed id (the seeds keep their file's, "002"); otherwise the store numbers it */
  id?: string;
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

/**
 * What a view keeps: the map's filters as the store applies them. Dates are yyyy-mm-dd, both ends
 * inclusive, either open; an article is kept when its published range overlaps them, and an
 * undated article is always kept (lib/explore/filter explains why). `articles` and `sources` keep
 * only those ids / outlet names; `q` keeps the mentions whose sentence holds every word of it
 * (lib/explore/topic-query). Empty lists and blank strings mean "no filter".
 */
export type CorpusFilter = {
  articles?: readonly string[];
  from?: string;
  to?: string;
  sources?: readonly string[];
  q?: string;
  /** roles to keep (lib/events: "combat", "military", "civil", "reference") */
  roles?: readonly string[];
  /** combat kinds to keep ("clash", "strike", "control"): only combat mentions of those kinds */
  kinds?: readonly string[];
};

/** Mentions per role of lib/events. */
export type RoleCounts = { combat: number; military: number; civil: number; reference: number };

/** An article as lists show it: everything but its text. */
export type StoredArticleMeta = {
  id: string;
  title: string;
  published: DateRange | null;
  source?: string;
  url?: string;
  origin: string;
  summary: boolean;
  ingestedAt: string;
  mentionCount: number;
};

export type StoredArticle = StoredArticleMeta & {
  text: string;
  mentions: (StoredMention & { id: string })[];
};

/** A page of the article list, newest first unless `sort` says otherwise. */
export type ArticleListQuery = {
  offset?: number;
  limit?: number;
  sort?: "newest" | "oldest";
  /** words every title must hold (Arabic-aware, as the topic query) */
  title?: string;
  sources?: readonly string[];
  from?: string;
  to?: string;
  /** only articles with at least one mention whose sentence matches (the map's topic) */
  q?: string;
};
export type ArticleListPage = { total: number; offset: number; limit: number; articles: StoredArticleMeta[] };

/** One quote of a place, with what the popup needs of its article. */
export type StoredQuote = StoredMention & {
  id: string;
  articleId: string;
  /** the sentence's text (its offsets are `sentence.start`…`sentence.end` of the article) */
  sentenceText: string;
  article: { id: string; title: string; published: DateRange | null; source?: string; url?: string };
};
export type QuotePage = { total: number; offset: number; limit: number; quotes: StoredQuote[] };

/** An outlet with what the current view holds of it. */
export type SourceCount = { name: string; articles: number; mentions: number };

/** Mentions counted per published range, for the timeline (ranges are yyyy-mm-dd; null: undated). */
export type RangeCount = { published: DateRange | null; articles: number; mentions: number; roles: RoleCounts };

/** Reads and writes of the corpus. Every adapter (SQLite today) implements exactly this. */
export interface Store {
  /** one transaction for the batch: the batch goes in whole (minus refused duplicates) or not at all */
  addArticles(articles: readonly NewArticle[]): IngestOutcome[];
  /** stored articles whose mentions came from another geoparser version */
  staleCount(): number;
  /** geoparses the stale articles again (at most `max`), `batch` per transaction; calls `progress(done, total)` */
  reindex(opts?: { batch?: number; max?: number; progress?: (done: number, total: number) => void }): number;
  articleCount(): number;
  listArticles(query?: ArticleListQuery): ArticleListPage;
  getArticle(id: string): StoredArticle | undefined;
  /** one mention by its id ("002:161"), with its sentence and article, or undefined */
  mention(id: string): StoredQuote | undefined;
  /** the ids among `ids` that name stored articles */
  knownArticles(ids: readonly string[]): string[];
  /** mentions per place id under a filter, countries included */
  placeCounts(filter?: CorpusFilter): Map<string, number>;
  /** the same mentions per place id and role */
  placeRoles(filter?: CorpusFilter): Map<string, RoleCounts>;
  quotes(placeId: string, filter?: CorpusFilter, page?: { offset?: number; limit?: number; at?: string }): QuotePage;
  sources(filter?: CorpusFilter): SourceCount[];
  rangeCounts(filter?: CorpusFilter): RangeCount[];
  /** mentions (all places, or `placeId`'s) under a filter, newest article first, at most `cap` */
  exportMentions(filter: CorpusFilter, opts: { placeId?: string; cap: number }): Iterable<StoredQuote>;
  /** seeds/ files that could not be imported, each with why */
  seedProblems(): { file: string; message: string }[];
  setSeedProblems(problems: readonly { file: string; message: string }[]): void;
  /** the origins already stored, among `origins` (so the seeds import skips what it has) */
  knownOrigins(origins: readonly string[]): Set<string>;
  /** a consistent copy of the whole store in a new file at `path` (safe while others read and write) */
  backup(path: string): void;
  /** PRAGMA integrity_check, and every article holding exactly the mentions it was stored with */
  check(): { ok: boolean; problems: string[] };
  close(): void;
}

/** What the store needs of the geoparser: a text's sentences and mentions, and a version. */
export type Analyzer = {
  /** changes whenever the gazetteer, the geoparser or the event rules change */
  version: string;
  analyze(text: string): { sentences: { start: number; end: number }[]; mentions: StoredMention[] };
};

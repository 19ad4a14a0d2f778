// The SQLite adapter of the store (lib/store/types.ts `Store`): the only module that writes SQL.
// libsql is SQLite with better-sqlite3's API (README: why this driver). WAL lets the server read
// while `npm run ingest` writes from another process; busy_timeout makes a writer wait for the
// other's transaction instead of failing.
import { createHash } from "node:crypto";
import Database from "libsql";
import { duplicateKey } from "../../ingest/duplicate-key";
import { dayNumber, isoDate } from "../../explore/dates";
import { sentenceTerms, topicGroups } from "../../explore/topic-query";
import type {
  Analyzer,
  ArticleListPage,
  ArticleListQuery,
  CorpusFilter,
  IngestOutcome,
  NewArticle,
  QuotePage,
  RangeCount,
  SourceCount,
  Store,
  StoredArticle,
  StoredArticleMeta,
  StoredMention,
  StoredQuote,
  RoleCounts,
} from "../types";
import { MIGRATIONS } from "./migrations";
import { CountIndex, KINDS, NO_DAY, packMentions, ROLES, type IndexedArticle, type IndexFilter, type RoleTally } from "../count-index";
import { canonicalUrlKey } from "../url-key";

type Db = InstanceType<typeof Database>;
type Row = Record<string, unknown>;
type Param = string | number | null;

/** Rows without the `_metadata` key libsql adds to each, so they can be read and serialised. */
function clean<T>(row: unknown): T {
  if (row && typeof row === "object" && "_metadata" in row) delete (row as Row)._metadata;
  return row as T;
}

/** The code of a role or kind name (its index in the index's list; unknown names read as the first). */
function codeOf(names: readonly string[], name: string): number {
  return Math.max(0, names.indexOf(name));
}

/** The bits of the named roles or kinds (unknown names are ignored; none known keeps nothing). */
function bitsOf(names: readonly string[], chosen: readonly string[]): number {
  let bits = 0;
  for (const c of chosen) {
    const i = names.indexOf(c);
    if (i > 0 || (i === 0 && names[0] !== "")) bits |= 1 << i;
  }
  return bits;
}

function roleCounts(t: RoleTally): RoleCounts {
  return { reference: t[0], combat: t[1], military: t[2], civil: t[3] };
}

/** A pragma's value (libsql ignores better-sqlite3's `simple` option and returns a row). */
function pragmaValue(db: Db, name: string): number {
  const row = clean<Row>(db.prepare(`PRAGMA ${name}`).get());
  return Number(Object.values(row)[0]);
}

/** While a reindex runs, the counting index is rebuilt at most this often. */
const REBUILD_EVERY_MS = 5000;

/** Largest page of quotes or articles handed out. */
export const MAX_PAGE = 100;

/** A filter as SQL over `mentions m`: a WHERE clause and its parameters. */
function mentionWhere(filter: CorpusFilter = {}): { sql: string; params: Param[] } {
  const parts: string[] = [];
  const params: Param[] = [];
  if (filter.articles?.length) {
    parts.push(`m.article IN (SELECT n FROM articles WHERE id IN (${filter.articles.map(() => "?").join(",")}))`);
    params.push(...filter.articles);
  }
  const dates = dayBounds(filter);
  if (dates.from !== null || dates.to !== null) {
    const overlap: string[] = [];
    if (dates.from !== null) {
      overlap.push("m.pub_to >= ?");
      params.push(dates.from);
    }
    if (dates.to !== null) {
      overlap.push("m.pub_from <= ?");
      params.push(dates.to);
    }
    parts.push(`(m.pub_to IS NULL OR (${overlap.join(" AND ")}))`);
  }
  if (filter.sources?.length) {
    parts.push(`m.source IN (SELECT id FROM sources WHERE name IN (${filter.sources.map(() => "?").join(",")}))`);
    params.push(...filter.sources);
  }
  const match = filter.q ? ftsQuery(filter.q) : undefined;
  if (match) {
    parts.push("m.sentence IN (SELECT rowid FROM sentence_terms WHERE sentence_terms MATCH ?)");
    params.push(match);
  }
  if (filter.roles?.length) {
    parts.push(`ifnull(m.role, 'reference') IN (${filter.roles.map(() => "?").join(",")})`);
    params.push(...filter.roles);
  }
  if (filter.kinds?.length) {
    parts.push(`m.role = 'combat' AND m.kind IN (${filter.kinds.map(() => "?").join(",")})`);
    params.push(...filter.kinds);
  }
  return { sql: parts.length ? parts.join(" AND ") : "1", params };
}

/** The filter's dates as day numbers, the right way round; a bad date leaves its end open. */
function dayBounds(filter: { from?: string; to?: string }): { from: number | null; to: number | null } {
  let from = filter.from ? dayNumber(filter.from) : null;
  let to = filter.to ? dayNumber(filter.to) : null;
  if (from !== null && to !== null && from > to) [from, to] = [to, from];
  return { from, to };
}

/**
 * A topic query in FTS5's syntax: each group an OR of quoted terms, groups joined by AND. Terms are
 * folded Arabic or Latin words (tokenize never yields a quote), so quoting cannot be broken out of.
 */
function ftsQuery(q: string): string | undefined {
  const groups = topicGroups(q);
  if (groups.length === 0) return undefined;
  return groups.map((g) => `(${g.map((t) => `"${t.replace(/"/g, "")}"`).join(" OR ")})`).join(" AND ");
}

function rangeOf(from: unknown, to: unknown) {
  return typeof from === "number" && typeof to === "number" ? { from: isoDate(from), to: isoDate(to) } : null;
}

const ARTICLE_COLUMNS =
  "a.id, a.title, a.url, s.name AS source, a.pub_from, a.pub_to, a.origin, a.summary, a.ingested_at, a.mention_count";

function articleMeta(r: Row): StoredArticleMeta {
  return {
    id: r.id as string,
    title: r.title as string,
    published: rangeOf(r.pub_from, r.pub_to),
    ...(r.source ? { source: r.source as string } : {}),
    ...(r.url ? { url: r.url as string } : {}),
    origin: r.origin as string,
    summary: r.summary === 1,
    ingestedAt: r.ingested_at as string,
    mentionCount: r.mention_count as number,
  };
}

function mentionOf(r: Row): StoredMention {
  return {
    start: r.start as number,
    end: r.end as number,
    surface: r.surface as string,
    placeId: r.place as string,
    sentence: { start: r.s_start as number, end: r.s_end as number },
    ...(r.role ? { role: r.role as string } : {}),
    ...(r.kind ? { kind: r.kind as string } : {}),
    ...(typeof r.cue_start === "number" ? { cue: [r.cue_start, r.cue_end as number] as [number, number] } : {}),
  };
}

/** A mention with its sentence bounds, article and outlet: the columns quoteOf reads. */
const QUOTE_SELECT = `SELECT m.*, se.start AS s_start, se."end" AS s_end, a.id AS article_id, a.title, a.url, s.name AS source_name, a.text AS a_text
  FROM mentions m JOIN sentences se ON se.n = m.sentence JOIN articles a ON a.n = m.article LEFT JOIN sources s ON s.id = a.source`;

function quoteOf(r: Row): StoredQuote {
  return {
    ...mentionOf(r),
    id: `${r.article_id}:${r.start}`,
    articleId: r.article_id as string,
    // JavaScript string offsets: sliced here, since SQLite's substr counts code points.
    sentenceText: (r.a_text as string).slice(r.s_start as number, r.s_end as number),
    article: {
      id: r.article_id as string,
      title: r.title as string,
      published: rangeOf(r.pub_from, r.pub_to),
      ...(r.source_name ? { source: r.source_name as string } : {}),
      ...(r.url ? { url: r.url as string } : {}),
    },
  };
}

/** Newest article first: by the end of its range, then its start, undated last, then as stored. */
const NEWEST = "pub_to DESC, pub_from DESC, n";

/**
 * Opens (creating when missing) the SQLite store at `path` and brings its schema up to date.
 *
 * @example const store = openSqliteStore("data/khabar.db", analyzer); store.articleCount() // → 5
 */
export function openSqliteStore(path: string, analyzer: Analyzer): Store {
  const db: Db = new Database(path);
  db.pragma("busy_timeout = 10000");
  db.pragma("journal_mode = WAL");
  // In WAL mode NORMAL never corrupts the store; a power cut may lose the last transactions only.
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db);
  return new SqliteStore(db, analyzer);
}

function migrate(db: Db): void {
  const current = pragmaValue(db, "user_version");
  for (const m of MIGRATIONS) {
    if (m.version <= current) continue;
    // IMMEDIATE: two processes opening a new file at once must not both run the migration.
    db.exec("BEGIN IMMEDIATE");
    try {
      const again = pragmaValue(db, "user_version");
      if (again < m.version) {
        db.exec(m.sql);
        db.pragma(`user_version = ${m.version}`);
      }
      db.exec("COMMIT");
    } catch (err) {
      db.exec("ROLLBACK");
      throw new Error(`store: migration ${m.version} (${m.why}) failed: ${(err as Error).message}`);
    }
  }
}

class SqliteStore implements Store {
  /** Results of the read queries, dropped whenever any connection changes the file. */
  private cache = new Map<string, unknown>();
  private cacheVersion = -1;
  /** The counting index and the database state it reflects (data_version, reindex generation). */
  private counts = new CountIndex();
  private countsVersion = -1;
  private countsGeneration = "";
  private countsStale = true;
  private countsRebuiltAt = -Infinity;
  /** place id ⇄ the small number mentions are packed with */
  private placeNos = new Map<string, number>();
  private placeIds: string[] = [];

  constructor(
    private readonly db: Db,
    private readonly analyzer: Analyzer,
  ) {}

  /**
   * The counting index, brought up to date first: articles added since the last look (by this or
   * another process) are appended; after a reindex (the generation moved) it is rebuilt whole.
   */
  private index(): CountIndex {
    const version = pragmaValue(this.db, "data_version");
    if (!this.countsStale && version === this.countsVersion) return this.counts;
    const generation = this.get<{ value: string }>("SELECT value FROM meta WHERE key = 'generation'")?.value ?? "0";
    // A reindex moves the generation at every batch; rebuilding the whole index after each would
    // cost every request a rebuild, so while one runs the index is rebuilt at most every few
    // seconds (counts of the articles being reparsed lag that long; new articles are added at once).
    const now = Date.now();
    if (generation !== this.countsGeneration && now - this.countsRebuiltAt >= REBUILD_EVERY_MS) {
      this.counts = new CountIndex();
      this.countsGeneration = generation;
      this.countsRebuiltAt = now;
    }
    this.counts.add(this.countRowsAfter(this.counts.lastRow));
    for (const r of this.all<{ no: number; id: string }>("SELECT no, id FROM places WHERE no >= ?", [this.placeIds.length])) {
      this.placeIds[r.no] = r.id;
      this.placeNos.set(r.id, r.no);
    }
    this.countsVersion = version;
    this.countsStale = generation !== this.countsGeneration;
    return this.counts;
  }

  /**
   * The counting index's rows of the articles after row `after`, read in one row of two strings
   * (their numbers, and their packs in hex): libsql hands rows to JavaScript at about 10 µs each,
   * which for 100,000 articles is a second, against a tenth of that for the two strings.
   */
  private countRowsAfter(after: number): IndexedArticle[] {
    const [meta, hex] = this.db
      .prepare(
        `SELECT group_concat(n || ',' || ifnull(pub_from, '') || ',' || ifnull(pub_to, '') || ',' || ifnull(source, '') || ',' || length(pack), ';'),
                group_concat(hex(pack), '')
         FROM (SELECT * FROM article_counts WHERE n > ? ORDER BY n)`,
      )
      .raw(true)
      .get(after) as [string | null, string | null];
    if (!meta) return [];
    const bytes = Buffer.from(hex ?? "", "hex");
    const out: IndexedArticle[] = [];
    let offset = 0;
    const num = (s: string) => (s === "" ? null : Number(s));
    for (const record of meta.split(";")) {
      const [n, from, to, source, length] = record.split(",");
      const size = Number(length);
      out.push({ n: Number(n), from: num(from!), to: num(to!), source: num(source!), pack: bytes.subarray(offset, offset + size) });
      offset += size;
    }
    return out;
  }

  /** The number a place id is packed with, given one the first time it is seen (inside a write). */
  private placeNo(id: string): number {
    let no = this.placeNos.get(id);
    if (no === undefined) {
      const found = this.get<{ no: number }>("SELECT no FROM places WHERE id = ?", [id]);
      // Numbers from 0 up, so the index can keep place ids in an array.
      no = found?.no ?? Number(this.db.prepare("INSERT INTO places (no, id) VALUES ((SELECT count(*) FROM places), ?)").run(id).lastInsertRowid);
      this.placeNos.set(id, no);
      this.placeIds[no] = id;
    }
    return no;
  }

  /** A filter in the counting index's terms: ids to row numbers, names to outlet ids, the topic to its sentences. */
  private indexFilter(filter: CorpusFilter): IndexFilter | undefined {
    const out: IndexFilter = {};
    if (filter.articles?.length) {
      const rows = this.all<{ n: number }>(`SELECT n FROM articles WHERE id IN (${filter.articles.map(() => "?").join(",")})`, [...filter.articles]);
      out.articles = new Set(rows.map((r) => r.n));
    }
    const dates = dayBounds(filter);
    if (dates.from !== null) out.from = dates.from;
    if (dates.to !== null) out.to = dates.to;
    if (filter.sources?.length) {
      const rows = this.all<{ id: number }>(`SELECT id FROM sources WHERE name IN (${filter.sources.map(() => "?").join(",")})`, [...filter.sources]);
      out.sources = new Set(rows.map((r) => r.id));
    }
    const match = filter.q ? ftsQuery(filter.q) : undefined;
    if (match) out.sentences = this.topicSentences(match);
    if (filter.roles?.length) out.roleBits = bitsOf(ROLES, filter.roles);
    if (filter.kinds?.length) out.kindBits = bitsOf(KINDS, filter.kinds);
    return out;
  }

  /** The sentences a topic matches, as a bitmap by sentence row number (cached per query until the data changes). */
  private topicSentences(match: string): Uint8Array {
    return this.cached(JSON.stringify(["topic", match]), () => {
      const max = this.get<{ m: number | null }>("SELECT max(n) AS m FROM sentences")!.m ?? 0;
      const bits = new Uint8Array(max + 1);
      for (const n of this.matchingRows("sentence_terms", match)) bits[n] = 1;
      return bits;
    });
  }

  /**
   * The rowids a full-text table matches, read as one row: handing 400,000 rows to JavaScript one
   * by one costs thirty times more than SQLite's own work.
   */
  private matchingRows(table: "sentence_terms" | "title_terms", match: string): number[] {
    const [list] = this.db.prepare(`SELECT group_concat(rowid) FROM ${table} WHERE ${table} MATCH ?`).raw(true).get(match) as [string | null];
    return list ? list.split(",").map(Number) : [];
  }

  /**
   * Memoises a read under `key` until the data changes: PRAGMA data_version moves on other
   * connections' commits, and this connection's own writes clear the cache (transaction()).
   */
  private cached<T>(key: string, compute: () => T, seen?: number): T {
    // Reads of the counting index pass the version it was brought up to (seen), so a result is
    // never filed under a later version than the data it was computed from.
    const version = seen ?? pragmaValue(this.db, "data_version");
    if (version !== this.cacheVersion) {
      this.cache.clear();
      this.cacheVersion = version;
    }
    if (this.cache.has(key)) return this.cache.get(key) as T;
    const value = compute();
    if (this.cache.size > 500) this.cache.clear();
    this.cache.set(key, value);
    return value;
  }

  private all<T>(sql: string, params: Param[] = []): T[] {
    return this.db.prepare(sql).all(...params).map((r: unknown) => clean<T>(r));
  }

  private get<T>(sql: string, params: Param[] = []): T | undefined {
    const r = this.db.prepare(sql).get(...params);
    return r === undefined ? undefined : clean<T>(r);
  }

  /** Runs `fn` in one IMMEDIATE transaction: all of it is written, or (on any throw) none. */
  private transaction<T>(fn: () => T): T {
    this.db.exec("BEGIN IMMEDIATE");
    try {
      const out = fn();
      this.db.exec("COMMIT");
      this.cache.clear();
      this.countsStale = true;
      return out;
    } catch (err) {
      if (this.db.inTransaction) this.db.exec("ROLLBACK");
      throw err;
    }
  }

  addArticles(batch: readonly NewArticle[]): IngestOutcome[] {
    // Geoparse before taking the write lock, so a reader or another writer waits only for SQL.
    const analysed = batch.map((a) => ({
      article: a,
      textKey: createHash("sha256").update(duplicateKey(a.text)).digest("hex"),
      urlKey: a.url ? canonicalUrlKey(a.url) : undefined,
      result: this.analyzer.analyze(a.text),
    }));
    return this.transaction(() => {
      const outcomes: IngestOutcome[] = [];
      for (const { article, textKey, urlKey, result } of analysed) {
        const sameText = this.get<{ id: string }>("SELECT id FROM articles WHERE text_key = ?", [textKey]);
        if (sameText) {
          outcomes.push({ ok: false, origin: article.origin, reason: `duplicate of article ${sameText.id} (same text once normalised)` });
          continue;
        }
        if (urlKey) {
          const sameUrl = this.get<{ id: string }>("SELECT id FROM articles WHERE url_key = ?", [urlKey]);
          if (sameUrl) {
            outcomes.push({ ok: false, origin: article.origin, reason: `duplicate of article ${sameUrl.id} (same URL ${article.url})` });
            continue;
          }
        }
        let id = article.id;
        if (id !== undefined) {
          if (this.get("SELECT 1 AS x FROM articles WHERE id = ?", [id])) {
            outcomes.push({ ok: false, origin: article.origin, reason: `article id "${id}" is already used` });
            continue;
          }
        } else {
          id = this.nextId();
        }
        this.bumpNextNumber(id);
        const n = this.insertArticle(article, id, textKey, urlKey, result.mentions.length);
        this.insertAnalysis(n, article, result);
        outcomes.push({ ok: true, id, origin: article.origin, mentions: result.mentions.length });
      }
      return outcomes;
    });
  }

  /** The next free numbered id ("005"), from a counter kept in meta (a max() would scan every id). */
  private nextId(): string {
    let next = Number(this.get<{ value: string }>("SELECT value FROM meta WHERE key = 'next_number'")?.value ?? 0);
    for (;;) {
      const id = String(next).padStart(3, "0");
      if (!this.get("SELECT 1 AS x FROM articles WHERE id = ?", [id])) return id;
      next++;
    }
  }

  /** Keeps the counter past every numeric id stored, fixed (seeds) or given. */
  private bumpNextNumber(id: string): void {
    if (!/^\d{1,15}$/.test(id)) return;
    this.db
      .prepare(
        "INSERT INTO meta (key, value) VALUES ('next_number', ?) ON CONFLICT (key) DO UPDATE SET value = max(CAST(value AS INTEGER), excluded.value)",
      )
      .run(String(Number(id) + 1));
  }

  private sourceId(name: string | undefined): number | null {
    if (!name) return null;
    const found = this.get<{ id: number }>("SELECT id FROM sources WHERE name = ?", [name]);
    if (found) return found.id;
    return Number(this.db.prepare("INSERT INTO sources (name) VALUES (?)").run(name).lastInsertRowid);
  }

  private insertArticle(a: NewArticle, id: string, textKey: string, urlKey: string | undefined, mentions: number): number {
    const from = a.published ? dayNumber(a.published.from) : null;
    const to = a.published ? dayNumber(a.published.to) : null;
    const info = this.db
      .prepare(
        `INSERT INTO articles (id, title, text, text_key, url, url_key, source, pub_from, pub_to, origin, summary, ingested_at, parser, mention_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        a.title,
        a.text,
        textKey,
        a.url ?? null,
        urlKey ?? null,
        this.sourceId(a.source),
        from,
        from === null ? null : to,
        a.origin,
        a.summary ? 1 : 0,
        new Date().toISOString(),
        this.analyzer.version,
        mentions,
      );
    const n = Number(info.lastInsertRowid);
    this.db.prepare("INSERT INTO title_terms (rowid, terms) VALUES (?, ?)").run(n, sentenceTerms(a.title));
    return n;
  }

  /** Sentences that hold a mention (with their full-text terms) and the mentions, for article n. */
  private insertAnalysis(n: number, a: { text: string }, result: ReturnType<Analyzer["analyze"]>): void {
    const art = this.get<{ pub_from: number | null; pub_to: number | null; source: number | null }>(
      "SELECT pub_from, pub_to, source FROM articles WHERE n = ?",
      [n],
    )!;
    const sentenceRow = this.db.prepare('INSERT INTO sentences (article, start, "end") VALUES (?, ?, ?)');
    const termsRow = this.db.prepare("INSERT INTO sentence_terms (rowid, terms) VALUES (?, ?)");
    const mentionRow = this.db.prepare(
      `INSERT INTO mentions (article, sentence, start, "end", surface, place, role, kind, cue_start, cue_end, pub_from, pub_to, source)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const sentenceIds = new Map<string, number>();
    const packed: { place: number; sentence: number; role: number; kind: number }[] = [];
    for (const m of result.mentions) {
      const key = `${m.sentence.start}:${m.sentence.end}`;
      let sid = sentenceIds.get(key);
      if (sid === undefined) {
        sid = Number(sentenceRow.run(n, m.sentence.start, m.sentence.end).lastInsertRowid);
        termsRow.run(sid, sentenceTerms(a.text.slice(m.sentence.start, m.sentence.end)));
        sentenceIds.set(key, sid);
      }
      mentionRow.run(
        n,
        sid,
        m.start,
        m.end,
        m.surface,
        m.placeId,
        m.role ?? null,
        m.kind ?? null,
        m.cue ? m.cue[0] : null,
        m.cue ? m.cue[1] : null,
        art.pub_from,
        art.pub_to,
        art.source,
      );
      packed.push({ place: this.placeNo(m.placeId), sentence: sid, role: codeOf(ROLES, m.role ?? "reference"), kind: codeOf(KINDS, m.kind ?? "") });
    }
    this.db
      .prepare("INSERT OR REPLACE INTO article_counts (n, pub_from, pub_to, source, pack) VALUES (?, ?, ?, ?, ?)")
      .run(n, art.pub_from, art.pub_to, art.source, Buffer.from(packMentions(packed)));
  }

  staleCount(): number {
    return this.get<{ c: number }>("SELECT count(*) AS c FROM articles WHERE parser <> ?", [this.analyzer.version])!.c;
  }

  reindex(opts: { batch?: number; max?: number; progress?: (done: number, total: number) => void } = {}): number {
    const total = Math.min(this.staleCount(), opts.max ?? Infinity);
    const size = Math.max(1, opts.batch ?? 200);
    let done = 0;
    opts.progress?.(0, total);
    while (done < total) {
      const stale = this.all<{ n: number; text: string }>("SELECT n, text FROM articles WHERE parser <> ? ORDER BY n LIMIT ?", [
        this.analyzer.version,
        Math.min(size, total - done),
      ]);
      if (stale.length === 0) break;
      const results = stale.map((a) => ({ ...a, result: this.analyzer.analyze(a.text) }));
      this.transaction(() => {
        // Mentions get new sentence numbers: the counting index must be rebuilt, not extended.
        this.db
          .prepare("INSERT INTO meta (key, value) VALUES ('generation', '1') ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + 1")
          .run();
        for (const a of results) {
          this.deleteAnalysis(a.n);
          this.insertAnalysis(a.n, a, a.result);
          this.db.prepare("UPDATE articles SET parser = ?, mention_count = ? WHERE n = ?").run(this.analyzer.version, a.result.mentions.length, a.n);
        }
      });
      done += stale.length;
      opts.progress?.(done, total);
    }
    return done;
  }

  private deleteAnalysis(n: number): void {
    this.db.prepare("DELETE FROM sentence_terms WHERE rowid IN (SELECT n FROM sentences WHERE article = ?)").run(n);
    this.db.prepare("DELETE FROM mentions WHERE article = ?").run(n);
    this.db.prepare("DELETE FROM sentences WHERE article = ?").run(n);
  }

  articleCount(): number {
    return this.cached("articleCount", () => this.get<{ c: number }>("SELECT count(*) AS c FROM articles")!.c);
  }

  listArticles(query: ArticleListQuery = {}): ArticleListPage {
    const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(query.limit ?? 50)));
    const f = this.indexFilter({ sources: query.sources, from: query.from, to: query.to, q: query.q })!;
    const titleMatch = query.title ? ftsQuery(query.title) : undefined;
    if (titleMatch) f.articles = new Set(this.matchingRows("title_terms", titleMatch));
    const got = this.index().articles(f, query.sort === "oldest" ? "oldest" : "newest", Math.max(0, Math.floor(query.offset ?? 0)), limit);
    const byN = new Map(
      this.all<Row>(`SELECT a.n, ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source WHERE a.n IN (${got.rows.map(() => "?").join(",") || "NULL"})`, got.rows).map(
        (r) => [r.n as number, r],
      ),
    );
    return { total: got.total, offset: got.offset, limit, articles: got.rows.map((n) => articleMeta(byN.get(n)!)) };
  }

  getArticle(id: string): StoredArticle | undefined {
    const r = this.get<Row>(`SELECT a.n, a.text, ${ARTICLE_COLUMNS} FROM articles a LEFT JOIN sources s ON s.id = a.source WHERE a.id = ?`, [id]);
    if (!r) return undefined;
    const mentions = this.all<Row>(
      `SELECT m.*, se.start AS s_start, se."end" AS s_end FROM mentions m JOIN sentences se ON se.n = m.sentence
       WHERE m.article = ? ORDER BY m.start`,
      [r.n as number],
    ).map((m) => ({ id: `${id}:${m.start}`, ...mentionOf(m) }));
    return { ...articleMeta(r), text: r.text as string, mentions };
  }

  knownArticles(ids: readonly string[]): string[] {
    if (ids.length === 0) return [];
    return this.all<{ id: string }>(`SELECT id FROM articles WHERE id IN (${ids.map(() => "?").join(",")})`, [...ids]).map((r) => r.id);
  }

  placeCounts(filter: CorpusFilter = {}): Map<string, number> {
    const f = this.indexFilter(filter);
    const index = this.index();
    return this.cached(JSON.stringify(["places", filter]), () => {
      const out = new Map<string, number>();
      for (const [no, c] of index.placeCounts(f!)) out.set(this.placeIds[no]!, c);
      return out;
    }, this.countsVersion);
  }

  placeRoles(filter: CorpusFilter = {}): Map<string, RoleCounts> {
    const f = this.indexFilter(filter)!;
    const index = this.index();
    return this.cached(JSON.stringify(["roles", filter]), () => {
      const out = new Map<string, RoleCounts>();
      for (const [no, t] of index.placeRoles(f)) out.set(this.placeIds[no]!, roleCounts(t));
      return out;
    }, this.countsVersion);
  }

  quotes(placeId: string, filter: CorpusFilter = {}, page: { offset?: number; limit?: number; at?: string } = {}): QuotePage {
    const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(page.limit ?? 5)));
    const offset = Math.max(0, Math.floor(page.offset ?? 0));
    const index = this.index();
    const no = this.placeNos.get(placeId);
    if (no === undefined) return { total: 0, offset: 0, limit, quotes: [] };
    const at = page.at ? this.mentionRef(page.at) : undefined;
    const got = index.quotes(no, this.indexFilter(filter)!, { offset, limit, ...(at ? { at } : {}) });
    const one = this.db.prepare(`${QUOTE_SELECT} WHERE m.article = ? ORDER BY m.start LIMIT 1 OFFSET ?`);
    // During a reindex the counting index may still hold an article's old mentions for a moment:
    // a position the article no longer has is left out rather than failing the page.
    const quotes = got.refs.flatMap((r) => {
      const row = one.get(r.row, r.position);
      return row === undefined ? [] : [quoteOf(clean<Row>(row))];
    });
    return { total: got.total, offset: got.offset, limit, quotes };
  }

  /** Where a mention id ("002:161") stands: its article's row number and its position among the article's mentions. */
  private mentionRef(id: string): { row: number; position: number } | undefined {
    const at = /^(.+):(\d+)$/.exec(id);
    if (!at) return undefined;
    const r = this.get<{ n: number; position: number }>(
      "SELECT a.n, (SELECT count(*) FROM mentions m WHERE m.article = a.n AND m.start < ?) AS position FROM articles a WHERE a.id = ?",
      [Number(at[2]), at[1]!],
    );
    return r ? { row: r.n, position: r.position } : undefined;
  }

  mention(id: string): StoredQuote | undefined {
    const at = /^(.+):(\d+)$/.exec(id);
    if (!at) return undefined;
    const r = this.get<Row>(`${QUOTE_SELECT} WHERE a.id = ? AND m.start = ?`, [at[1]!, Number(at[2])]);
    return r ? quoteOf(r) : undefined;
  }

  sources(filter: CorpusFilter = {}): SourceCount[] {
    // The facet counts every outlet under the other filters, so choosing one never hides the rest.
    const f = this.indexFilter({ ...filter, sources: undefined })!;
    const index = this.index();
    return this.cached(JSON.stringify(["sources", filter, "no sources"]), () => {
      const names = new Map(this.all<{ id: number; name: string }>("SELECT id, name FROM sources").map((r) => [r.id, r.name]));
      return [...index.sourceCounts(f)]
        .map(([id, c]) => ({ name: names.get(id) ?? String(id), articles: c.articles, mentions: c.mentions }))
        .sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    }, this.countsVersion);
  }

  rangeCounts(filter: CorpusFilter = {}): RangeCount[] {
    const f = this.indexFilter(filter)!;
    const index = this.index();
    return this.cached(JSON.stringify(["ranges", filter]), () =>
      index.rangeCounts(f).map((r) => ({
        published: r.from === NO_DAY ? null : { from: isoDate(r.from), to: isoDate(r.to) },
        articles: r.articles,
        mentions: r.mentions,
        roles: roleCounts(r.roles),
      })),
      this.countsVersion,
    );
  }

  *exportMentions(filter: CorpusFilter, opts: { placeId?: string; cap: number }): Iterable<StoredQuote> {
    const { sql, params } = mentionWhere(filter);
    const place = opts.placeId ? "m.place = ? AND " : "";
    const stmt = this.db.prepare(
      `${QUOTE_SELECT}
       WHERE ${place}${sql} ORDER BY m.pub_to DESC, m.pub_from DESC, m.article, m.start LIMIT ?`,
    );
    for (const raw of stmt.iterate(...(opts.placeId ? [opts.placeId] : []), ...params, opts.cap)) {
      yield quoteOf(clean<Row>(raw));
    }
  }

  seedProblems(): { file: string; message: string }[] {
    return this.all("SELECT file, message FROM seed_problems ORDER BY file");
  }

  setSeedProblems(problems: readonly { file: string; message: string }[]): void {
    this.transaction(() => {
      this.db.exec("DELETE FROM seed_problems");
      const row = this.db.prepare("INSERT OR REPLACE INTO seed_problems (file, message) VALUES (?, ?)");
      for (const p of problems) row.run(p.file, p.message);
    });
  }

  knownOrigins(origins: readonly string[]): Set<string> {
    const out = new Set<string>();
    for (let i = 0; i < origins.length; i += 500) {
      const chunk = origins.slice(i, i + 500);
      for (const r of this.all<{ origin: string }>(`SELECT origin FROM articles WHERE origin IN (${chunk.map(() => "?").join(",")})`, [...chunk])) {
        out.add(r.origin);
      }
    }
    return out;
  }

  backup(path: string): void {
    // VACUUM INTO writes a compacted snapshot in one read transaction: writers go on meanwhile.
    this.db.prepare("VACUUM INTO ?").run(path);
  }

  check(): { ok: boolean; problems: string[] } {
    const problems = this.all<Row>("PRAGMA integrity_check")
      .map((r) => String(Object.values(r)[0]))
      .filter((m) => m !== "ok");
    const short = this.all<{ id: string; want: number; got: number }>(
      `SELECT a.id, a.mention_count AS want, (SELECT count(*) FROM mentions m WHERE m.article = a.n) AS got
       FROM articles a WHERE a.mention_count <> (SELECT count(*) FROM mentions m WHERE m.article = a.n)`,
    );
    for (const a of short) problems.push(`article ${a.id} has ${a.got} of its ${a.want} mentions`);
    return { ok: problems.length === 0, problems };
  }

  close(): void {
    this.db.close();
  }
}

// The SQLite schema, as numbered migrations. PRAGMA user_version holds the last one applied;
// openSqliteStore runs the missing ones in order, each in its own transaction, on open. Never edit
// a migration that has shipped: add the next one.

export type Migration = { version: number; why: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: "articles, outlets, places, sentences with their full-text terms, mentions, seed problems",
    sql: `
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
      );
      -- Small numbers for place ids, so an article's mentions pack into a few bytes (pack below).
      CREATE TABLE places (
        no INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE
      );
      -- n is the row number inside the store; id is the public id used in URLs ("002").
      -- pub_from / pub_to are whole UTC days since 1970-01-01 (NULL: date unknown).
      CREATE TABLE articles (
        n INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        text TEXT NOT NULL,
        text_key TEXT NOT NULL UNIQUE,
        url TEXT,
        url_key TEXT UNIQUE,
        source INTEGER REFERENCES sources(id),
        pub_from INTEGER,
        pub_to INTEGER,
        origin TEXT NOT NULL,
        summary INTEGER NOT NULL DEFAULT 0,
        ingested_at TEXT NOT NULL,
        parser TEXT NOT NULL,
        mention_count INTEGER NOT NULL DEFAULT 0
      );
      -- What the counting index (lib/store/count-index) loads: per article its dates, outlet and
      -- mentions packed as packMentions writes them (place no, sentence n). A table of its own:
      -- in articles these few bytes would sit behind each text's overflow pages, and loading them
      -- would read the whole corpus.
      CREATE TABLE article_counts (
        n INTEGER PRIMARY KEY REFERENCES articles(n),
        pub_from INTEGER,
        pub_to INTEGER,
        source INTEGER,
        pack BLOB NOT NULL
      );
      CREATE INDEX articles_newest ON articles (pub_to DESC, pub_from DESC, n);
      CREATE INDEX articles_source ON articles (source, pub_to DESC, pub_from DESC, n);
      CREATE INDEX articles_parser ON articles (parser);
      CREATE INDEX articles_origin ON articles (origin);

      CREATE TABLE sentences (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n),
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL
      );
      CREATE INDEX sentences_article ON sentences (article);
      -- Contentless: the terms live only in the index (lib/explore/topic-query sentenceTerms);
      -- rowid = sentences.n.
      CREATE VIRTUAL TABLE sentence_terms USING fts5 (
        terms, content = '', contentless_delete = 1, detail = 'none', tokenize = 'unicode61 remove_diacritics 0'
      );
      -- The same terms for titles (the Articles tab's title search); rowid = articles.n.
      CREATE VIRTUAL TABLE title_terms USING fts5 (
        terms, content = '', contentless_delete = 1, detail = 'none', tokenize = 'unicode61 remove_diacritics 0'
      );

      -- The article's dates and outlet are copied onto its mentions, so an export filters one table.
      CREATE TABLE mentions (
        n INTEGER PRIMARY KEY,
        article INTEGER NOT NULL REFERENCES articles(n),
        sentence INTEGER NOT NULL,
        start INTEGER NOT NULL,
        "end" INTEGER NOT NULL,
        surface TEXT NOT NULL,
        place TEXT NOT NULL,
        role TEXT,
        kind TEXT,
        cue_start INTEGER,
        cue_end INTEGER,
        pub_from INTEGER,
        pub_to INTEGER,
        source INTEGER
      );
      -- Counts come from the counting index; the table is read by article (quotes, the article
      -- view, exports in article order), so one index is enough and ingest stays quick.
      CREATE INDEX mentions_article ON mentions (article, start);

      -- Files of the seeds folder that could not be imported, with why (the Articles tab lists them).
      CREATE TABLE seed_problems (
        file TEXT PRIMARY KEY,
        message TEXT NOT NULL
      );
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      );
    `,
  },
];

// The SQLite schema, as numbered migrations. PRAGMA user_version holds the last one applied;
// openSqliteStore runs the missing ones in order, each in its own transaction, on open. Never edit
// a migration that has shipped: add the next one.

export type Migration = { version: number; why: string; sql: string };

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    why: "articles, outlets, sentences with their full-text terms, mentions, seed problems",
    sql: `
      CREATE TABLE sources (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE
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

      -- The article's dates and outlet are copied onto its mentions so filtered counts read one
      -- table through one index.
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
      CREATE INDEX mentions_place_newest ON mentions (place, pub_to DESC, pub_from DESC, article, start);
      CREATE INDEX mentions_article ON mentions (article, start);
      CREATE INDEX mentions_sentence ON mentions (sentence);
      CREATE INDEX mentions_dates ON mentions (pub_from, pub_to, place);
      CREATE INDEX mentions_source ON mentions (source, place);

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

import type { IngestOutcome, NewArticle } from "../../lib/store/types";

/**
 * What ingest needs of the store (lib/store's Store has it): one call per input, one transaction,
 * an outcome per article in order. Named apart so these modules depend on the contract in
 * lib/store/types, not on the SQLite adapter.
 *
 * @example const sink: ArticleSink = openStore({ path: "data/khabar.db" });
 */
export type ArticleSink = { addArticles(articles: readonly NewArticle[]): IngestOutcome[] };

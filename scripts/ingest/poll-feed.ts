import { MAX_INPUT_BYTES } from "../../lib/ingest/formats/limits";
import { parseInput } from "../../lib/ingest/formats/parse-input";
import { itemOrigin } from "../../lib/ingest/formats/types";
import { nextPollDelay } from "./backoff";
import { contentFormat } from "./content-type";
import { formatDuration } from "./duration";
import { fetchUrl } from "./fetch-url";
import { itemKey } from "./item-key";
import type { ArticleSink } from "./sink";
import { MAX_SEEN, type FeedState } from "./watch-state";

export type PollResult = {
  /** the one log line of this poll */
  line: string;
  /** every item refused in this poll, by origin ("URL#item 3"), for the lines after it */
  refused: { origin: string; reason: string }[];
  added: number;
  /** false when the feed could not be fetched or read, or the store failed */
  ok: boolean;
  /** the feed's state after the poll: validators, items seen, failures, next poll */
  state: FeedState;
};

const ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1";
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * One poll of one feed: a conditional GET (the last ETag as If-None-Match, the last Last-Modified
 * as If-Modified-Since), nothing more on 304; on 200 the feed parsed, the items not seen before
 * handed to the store in one call, and only then the validators and the items remembered, so a
 * poll that fails half-way is redone whole next time (the store refuses what it already has). A
 * failed poll (network, HTTP status, not a feed, the store) counts one more failure and waits
 * longer (lib backoff); a good one clears the count.
 *
 * @example await pollFeed("https://example.org/rss", { seen: [], failures: 0 }, store, { everyMs: 900_000, timeoutMs: 30_000, now: new Date() })
 *   // { ok: true, added: 2, line: "… https://example.org/rss: 200, 3 items, 2 new: 2 added, 0 refused; next poll in 15m", … }
 */
export async function pollFeed(
  url: string,
  state: FeedState,
  store: ArticleSink,
  opts: { everyMs: number; timeoutMs: number; now: Date },
): Promise<PollResult> {
  const stamp = `${opts.now.toISOString()} ${url}`;
  const fail = (reason: string, retryAfterMs?: number): PollResult => {
    const failures = state.failures + 1;
    const delay = nextPollDelay(opts.everyMs, failures, retryAfterMs);
    return {
      line: `${stamp}: error: ${reason}; retry in ${formatDuration(delay)} (${plural(failures, "failure")} in a row)`,
      refused: [],
      added: 0,
      ok: false,
      state: { ...state, failures, nextPoll: new Date(opts.now.getTime() + delay).toISOString() },
    };
  };
  const next = new Date(opts.now.getTime() + opts.everyMs).toISOString();
  const got = await fetchUrl(url, {
    timeoutMs: opts.timeoutMs,
    maxBytes: MAX_INPUT_BYTES.feed,
    accept: ACCEPT,
    ...(state.etag ? { etag: state.etag } : {}),
    ...(state.lastModified ? { lastModified: state.lastModified } : {}),
  });
  if (!got.ok) return fail(got.reason, got.retryAfterMs);
  if (got.status === 304) {
    return {
      line: `${stamp}: 304 not modified; next poll in ${formatDuration(opts.everyMs)}`,
      refused: [],
      added: 0,
      ok: true,
      state: { ...state, failures: 0, nextPoll: next },
    };
  }
  const { charset } = contentFormat(got.contentType);
  // Feeds are often served as text/html or text/plain: the content decides, read as a feed.
  const parsed = await parseInput(got.bytes, { name: url, origin: url, format: "feed", ...(charset ? { charset } : {}) });
  const whole = parsed.errors.find((e) => e.item === "");
  if (whole) return fail(whole.message);

  const seen = new Set(state.seen);
  const fresh = parsed.articles.filter((a) => !seen.has(itemKey(a)));
  const refused = parsed.errors.map((e) => ({ origin: itemOrigin(url, e.item), reason: e.message }));
  let added = 0;
  if (fresh.length > 0) {
    let outcomes;
    try {
      outcomes = store.addArticles(fresh);
    } catch (err) {
      return fail(`the store failed, nothing from this poll was added: ${(err as Error).message}`);
    }
    for (const o of outcomes) {
      if (o.ok) added++;
      else refused.push({ origin: o.origin, reason: o.reason });
    }
  }
  const keys = parsed.articles.map(itemKey);
  const remembered = [...new Set([...keys, ...state.seen])].slice(0, Math.max(MAX_SEEN, keys.length));
  const newState: FeedState = { seen: remembered, failures: 0, nextPoll: next };
  if (got.etag) newState.etag = got.etag;
  if (got.lastModified) newState.lastModified = got.lastModified;
  const items = parsed.articles.length + parsed.errors.length;
  const unreadable = parsed.errors.length > 0 ? ` (${parsed.errors.length} unreadable)` : "";
  return {
    line: `${stamp}: ${got.status}, ${plural(items, "item")}${unreadable}, ${fresh.length} new: ${added} added, ${fresh.length - added} refused; next poll in ${formatDuration(opts.everyMs)}`,
    refused,
    added,
    ok: true,
    state: newState,
  };
}

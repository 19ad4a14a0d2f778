/**
 * npm run watch -- FEED_URL... [--feeds FILE] [--every 15m] [--once] [--db FILE] [--state FILE] [--timeout 30s]
 *
 * Follows RSS/Atom feeds: polls each one every --every (default 15m) with a conditional request
 * (the last ETag and Last-Modified), adds the items it has not seen to the store (one transaction
 * per poll) and logs one line per poll on stdout, with each refused item on stderr after it. A
 * feed that fails waits twice as long after each failure in a row (at most 6 h), and is back to
 * its interval after a good poll. --feeds names a file listing feeds, one URL per line. What the
 * watcher remembers (validators, items seen, failures) is kept in --state (default: the database
 * path + ".watch.json"), so a restart asks only for what changed.
 * --once polls every feed once and exits: 0 when every poll worked, 1 when one failed (refused items
 * do not count: a feed's broken item or a story another feed carried too is the news, not a fault).
 * Without it, runs until SIGINT or SIGTERM (then finishes the poll under way, exit 0). Bad usage: 2.
 */
import { parseArgs } from "node:util";
import { canonicalUrl } from "../lib/ingest/formats/canonical-url";
import type { Store } from "../lib/store";
import { parseDuration } from "./ingest/duration";
import { readFeedList } from "./ingest/feed-list";
import { pollFeed } from "./ingest/poll-feed";
import { loadWatchState, saveWatchState } from "./ingest/watch-state";

const USAGE = "usage: npm run watch -- FEED_URL... [--feeds FILE] [--every 15m] [--once] [--db FILE] [--state FILE] [--timeout 30s]";

function usage(message: string): never {
  process.stderr.write(`watch: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      strict: true,
      options: {
        feeds: { type: "string" },
        every: { type: "string", default: "15m" },
        once: { type: "boolean", default: false },
        db: { type: "string" },
        state: { type: "string" },
        timeout: { type: "string", default: "30s" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (err) {
    usage((err as Error).message);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(USAGE + "\n");
    return 0;
  }
  const everyMs = parseDuration(values.every);
  if (everyMs === undefined) usage(`--every must be a duration such as 15m, 1h or 30s, got "${values.every}"`);
  const timeoutMs = parseDuration(values.timeout);
  if (timeoutMs === undefined) usage(`--timeout must be a duration such as 30s or 2m, got "${values.timeout}"`);
  const feeds: string[] = [];
  for (const arg of positionals) {
    if (!/^https?:\/\//i.test(arg) || canonicalUrl(arg) === null) usage(`"${arg}" is not an http(s) feed URL`);
    feeds.push(arg);
  }
  if (values.feeds !== undefined) {
    const list = readFeedList(values.feeds);
    if (!list.ok) usage(list.reason);
    feeds.push(...list.feeds);
  }
  const unique = [...new Set(feeds)];
  if (unique.length === 0) usage("name at least one FEED_URL (or --feeds FILE)");

  // The store (and the geoparser under it) loads only now: a usage error answers at once.
  const { openIngestStore, storePath } = await import("./ingest/open-store");
  const dbPath = values.db ?? storePath();
  const statePath = values.state ?? `${dbPath}.watch.json`;
  const loaded = loadWatchState(statePath);
  if (!loaded.ok) {
    process.stderr.write(`watch: ${loaded.reason}; move it away to start afresh\n`);
    return 1;
  }
  const state = loaded.state;
  let store: Store;
  try {
    store = openIngestStore(dbPath);
  } catch (err) {
    process.stderr.write(`watch: cannot open the store at ${dbPath}: ${(err as Error).message}\n`);
    return 1;
  }

  // When each feed is due: now, except a feed still backing off from failures of an earlier run.
  const start = Date.now();
  const due = new Map<string, number>();
  for (const url of unique) {
    const s = state.feeds[url];
    const backingOff = !values.once && s && s.failures > 0 && s.nextPoll ? Date.parse(s.nextPoll) : NaN;
    due.set(url, Number.isNaN(backingOff) ? start : backingOff);
  }
  let stopping = false;
  let wake: (() => void) | undefined;
  const stop = () => {
    stopping = true;
    wake?.();
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  let allGood = true;
  try {
    while (!stopping) {
      for (const url of unique) {
        if (stopping) break;
        if (due.get(url)! > Date.now()) continue;
        const result = await pollFeed(url, state.feeds[url] ?? { seen: [], failures: 0 }, store, { everyMs, timeoutMs, now: new Date() });
        state.feeds[url] = result.state;
        try {
          saveWatchState(statePath, state);
        } catch (err) {
          // The articles are in; only the memory of them is not: the next poll asks again, and the
          // store refuses what it already has.
          process.stderr.write(`watch: cannot save ${statePath}: ${(err as Error).message}\n`);
        }
        process.stdout.write(result.line + "\n");
        for (const r of result.refused) process.stderr.write(`  refused ${r.origin}: ${r.reason}\n`);
        if (!result.ok) allGood = false;
        due.set(url, Date.parse(result.state.nextPoll ?? new Date(Date.now() + everyMs).toISOString()));
      }
      if (values.once) break;
      const wait = Math.max(0, Math.min(...due.values()) - Date.now());
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, wait);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = undefined;
    }
  } finally {
    store.close();
  }
  return values.once && !allGood ? 1 : 0;
}

main().then(
  (code) => (process.exitCode = code),
  (err: unknown) => {
    process.stderr.write(`watch: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);

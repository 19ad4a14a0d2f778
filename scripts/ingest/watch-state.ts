import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { z } from "zod";

const feedStateSchema = z.object({
  /** validators of the last 200, sent back as If-None-Match / If-Modified-Since */
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** keys (canonical URL, else a hash of the text) of the items already handed to the store, newest first */
  seen: z.array(z.string()),
  /** failed polls in a row: the backoff exponent */
  failures: z.number().int().min(0),
  /** ISO time of the next poll due */
  nextPoll: z.string().optional(),
});
const watchStateSchema = z.object({ version: z.literal(1), feeds: z.record(z.string(), feedStateSchema) });

export type FeedState = z.infer<typeof feedStateSchema>;
export type WatchState = z.infer<typeof watchStateSchema>;

/** How many item keys a feed remembers: far more than a feed lists at once, so old items stay known. */
export const MAX_SEEN = 2000;

/**
 * The watcher's memory of its feeds, read from `file`: an empty state when the file does not
 * exist yet; a file that is not a valid state is an error, never silently replaced (it would
 * forget which items went in, and every validator).
 *
 * @example loadWatchState("data/khabar.db.watch.json") // { ok: true, state: { version: 1, feeds: {} } }
 */
export function loadWatchState(file: string): { ok: true; state: WatchState } | { ok: false; reason: string } {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return { ok: true, state: { version: 1, feeds: {} } };
    return { ok: false, reason: `cannot read ${file} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` };
  }
  try {
    const parsed = watchStateSchema.safeParse(JSON.parse(raw));
    if (parsed.success) return { ok: true, state: parsed.data };
    return { ok: false, reason: `${file} is not a watch state: ${parsed.error.issues[0]?.path.join(".") || "top level"}: ${parsed.error.issues[0]?.message}` };
  } catch (err) {
    return { ok: false, reason: `${file} is not JSON: ${(err as Error).message}` };
  }
}

/**
 * Writes the state to `file` atomically (a temporary file renamed over it), so a kill mid-write
 * leaves the old state or the new one, never half of either.
 *
 * @example saveWatchState("data/khabar.db.watch.json", state)
 */
export function saveWatchState(file: string, state: WatchState): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, JSON.stringify(state, null, 1) + "\n", "utf8");
    renameSync(tmp, file);
  } finally {
    rmSync(tmp, { force: true });
  }
}

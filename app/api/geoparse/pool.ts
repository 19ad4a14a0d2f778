// Where POST /api/geoparse runs its work: a pool of worker threads (lib/http/worker-pool.ts), or
// the event loop itself when KHABAR_GEOPARSE_INLINE=1 (the "before" of `npm run bench -- load`).
import { Worker } from "node:worker_threads";
import { poolSize, WorkerPool } from "@/lib/http/worker-pool";
import { geoparseBody } from "./geoparse-text";

/** A task still running after this long is a wedged thread: it is terminated, the request gets 503. */
const TASK_TIMEOUT_MS = 20_000;

/** One geoparse thread. Written out in full: this is the call the bundler builds the worker from. */
function startWorker(): Worker {
  return new Worker(new URL("./geoparse.worker.ts", import.meta.url));
}

/**
 * The process's geoparse pool: os.availableParallelism() - 1 threads, at least 1
 * (KHABAR_GEOPARSE_THREADS overrides). Kept on globalThis: Next may load this module more than once.
 */
function sharedPool(): WorkerPool<string, string> {
  const key = Symbol.for("khabar.geoparsePool");
  const store = globalThis as { [key]?: WorkerPool<string, string> };
  store[key] ??= new WorkerPool<string, string>({
    name: "geoparse",
    size: poolSize(process.env.KHABAR_GEOPARSE_THREADS),
    spawn: startWorker,
    timeoutMs: TASK_TIMEOUT_MS,
    log: (line) => console.error(line),
  });
  return store[key];
}

/**
 * The route's JSON body for a checked text. Rejects with WorkerCrashedError when the thread died
 * (the route answers 503), with WorkerTaskError when the geoparser threw (a 500 of ours).
 */
export function geoparseOffThread(text: string): Promise<string> {
  if (process.env.KHABAR_GEOPARSE_INLINE === "1") return Promise.resolve(geoparseBody(text));
  return sharedPool().run(text);
}

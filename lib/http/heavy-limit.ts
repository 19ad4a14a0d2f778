import { jsonError } from "./json-error";

export type HeavyLimitOptions = {
  /** Requests doing heavy work at once. */
  concurrency: number;
  /** Requests allowed to wait for a slot; one more is refused at once. */
  queue: number;
  /** A request that waited this long without a slot is refused rather than left hanging. */
  maxWaitMs: number;
  /** Sent as Retry-After (seconds) with a refusal. */
  retryAfterSeconds: number;
};

export type Release = () => void;

/**
 * A counting semaphore with a short, bounded queue, for the routes whose work is CPU-bound
 * (geoparsing a 100 KB body, rendering a preview PNG, building an export). Past `concurrency`
 * running and `queue` waiting, or past `maxWaitMs` in the queue, a request is refused, so an
 * overload costs the client a fast 503 instead of costing every other request its latency.
 */
export class HeavyLimit {
  readonly options: HeavyLimitOptions;
  private running = 0;
  private readonly waiting: { grant: (release: Release | null) => void; timer: ReturnType<typeof setTimeout> }[] = [];

  constructor(options: HeavyLimitOptions) {
    if (!(options.concurrency >= 1) || !(options.queue >= 0)) throw new Error("a heavy limit needs concurrency ≥ 1 and queue ≥ 0");
    this.options = options;
  }

  /** Running and waiting requests, for logs and tests. */
  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /**
   * A slot (call the release once done, even on error), or null when the request is refused: the
   * queue is full or the wait ran past maxWaitMs.
   */
  acquire(): Promise<Release | null> {
    if (this.running < this.options.concurrency) {
      this.running++;
      return Promise.resolve(this.releaser());
    }
    if (this.waiting.length >= this.options.queue) return Promise.resolve(null);
    return new Promise((resolve) => {
      const entry = {
        grant: resolve,
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          resolve(null);
        }, this.options.maxWaitMs),
      };
      this.waiting.push(entry);
    });
  }

  private releaser(): Release {
    let done = false;
    return () => {
      if (done) return;
      done = true;
      // The slot passes to the next waiter on the next turn of the event loop, not now: requests
      // already read from the network (cheap ones too) run in between, so a queue of heavy work
      // never starves them when the heavy work itself is synchronous.
      setImmediate(() => this.handOn());
    };
  }

  private handOn(): void {
    const next = this.waiting.shift();
    if (!next) {
      this.running--;
      return;
    }
    clearTimeout(next.timer);
    next.grant(this.releaser());
  }

  /**
   * Runs `work` in a slot and returns its result, or returns null without running it when refused.
   */
  async run<T>(work: () => T | Promise<T>): Promise<{ value: T } | null> {
    const release = await this.acquire();
    if (!release) return null;
    try {
      return { value: await work() };
    } finally {
      release();
    }
  }
}

/**
 * The answer to a refused request: 503 with Retry-After and our JSON error.
 *
 * @example overloaded(2) // Response 503, Retry-After: 2, {"error":"the server is busy: retry in 2 s"}
 */
export function overloaded(retryAfterSeconds: number): Response {
  const response = jsonError(503, `the server is busy: retry in ${retryAfterSeconds} s`);
  response.headers.set("Retry-After", String(retryAfterSeconds));
  return response;
}

/**
 * The limit every heavy route shares: they compete for the same two cores, so one pool. Kept on
 * globalThis because Next may bundle each route with its own copy of this module, and copies would
 * each allow `concurrency`. KHABAR_HEAVY_CONCURRENCY and KHABAR_HEAVY_QUEUE override the sizes.
 */
export function sharedHeavyLimit(): HeavyLimit {
  const key = Symbol.for("khabar.heavyLimit");
  const store = globalThis as { [key]?: HeavyLimit };
  store[key] ??= new HeavyLimit({
    concurrency: positiveInt(process.env.KHABAR_HEAVY_CONCURRENCY, 2),
    queue: positiveInt(process.env.KHABAR_HEAVY_QUEUE, 16),
    maxWaitMs: 3000,
    retryAfterSeconds: 2,
  });
  return store[key];
}

function positiveInt(raw: string | undefined, fallback: number): number {
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 ? n : fallback;
}

/**
 * Wraps a route handler so it runs under a heavy limit (the shared one unless given): past it the
 * request is answered 503 with Retry-After without running the handler. Keeps the handler's
 * signature, like guardRoute, which should wrap it: `guardRoute(limitHeavy(handler))`.
 *
 * @example export const POST = guardRoute(limitHeavy(async (request: Request) => geoparse(request)));
 */
export function limitHeavy<A extends [Request, ...unknown[]]>(
  handler: (...args: A) => Response | Promise<Response>,
  limit: HeavyLimit = sharedHeavyLimit(),
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    const result = await limit.run(() => handler(...args));
    return result ? result.value : overloaded(limit.options.retryAfterSeconds);
  };
}

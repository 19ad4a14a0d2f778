import { describe, expect, it } from "vitest";
import { HeavyLimit, limitHeavy, overloaded } from "./heavy-limit";

/** A promise with its resolver: work that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((r) => (open = r));
  return { open, opened };
}
const tick = () => new Promise((r) => setImmediate(r));

describe("HeavyLimit", () => {
  it("runs at most `concurrency` at once, queues up to `queue`, refuses the rest at once", async () => {
    const limit = new HeavyLimit({ concurrency: 2, queue: 2, maxWaitMs: 10_000, retryAfterSeconds: 1 });
    const gates = Array.from({ length: 5 }, gate);
    let running = 0;
    let peak = 0;
    const runs = gates.map((g, i) =>
      limit.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await g.opened;
        running--;
        return i;
      }),
    );
    await tick();
    expect(limit.load).toEqual({ running: 2, waiting: 2 });
    // the fifth found two running and two waiting: refused without running
    expect(await runs[4]).toBeNull();
    for (const g of gates) g.open();
    expect(await Promise.all(runs.slice(0, 4))).toEqual([{ value: 0 }, { value: 1 }, { value: 2 }, { value: 3 }]);
    expect(peak).toBe(2);
    await tick();
    expect(limit.load).toEqual({ running: 0, waiting: 0 });
  });

  it("serves the queue in arrival order", async () => {
    const limit = new HeavyLimit({ concurrency: 1, queue: 10, maxWaitMs: 10_000, retryAfterSeconds: 1 });
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => limit.run(async () => void order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
  });

  it("refuses a request that waited past maxWaitMs and never runs it", async () => {
    const limit = new HeavyLimit({ concurrency: 1, queue: 5, maxWaitMs: 30, retryAfterSeconds: 1 });
    const g = gate();
    const first = limit.run(() => g.opened);
    let ran = false;
    const started = Date.now();
    const second = await limit.run(() => void (ran = true));
    expect(second).toBeNull();
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    expect(ran).toBe(false);
    expect(limit.load.waiting).toBe(0);
    g.open();
    expect(await first).toEqual({ value: undefined });
  });

  it("frees the slot when the work throws", async () => {
    const limit = new HeavyLimit({ concurrency: 1, queue: 0, maxWaitMs: 100, retryAfterSeconds: 1 });
    await expect(limit.run(() => Promise.reject(new Error("fault")))).rejects.toThrow("fault");
    await tick();
    expect(await limit.run(() => 7)).toEqual({ value: 7 });
  });

  it("lets other callbacks run between two queued synchronous jobs", async () => {
    // heavy work is synchronous (PNG rendering, geoparsing): the slot passes on a later turn, so a
    // cheap request already waiting in the event loop is not held behind the whole queue
    const limit = new HeavyLimit({ concurrency: 1, queue: 10, maxWaitMs: 10_000, retryAfterSeconds: 1 });
    const events: string[] = [];
    const busy = (name: string) => () => {
      events.push(name);
      const until = Date.now() + 5;
      while (Date.now() < until);
    };
    const all = Promise.all([limit.run(busy("heavy1")), limit.run(busy("heavy2")), limit.run(busy("heavy3"))]);
    setImmediate(() => events.push("cheap"));
    await all;
    expect(events.indexOf("cheap")).toBeLessThan(events.indexOf("heavy3"));
    expect(events.indexOf("cheap")).toBeGreaterThan(0);
  });

  it("needs a positive concurrency", () => {
    expect(() => new HeavyLimit({ concurrency: 0, queue: 1, maxWaitMs: 1, retryAfterSeconds: 1 })).toThrow();
  });
});

describe("limitHeavy", () => {
  it("answers 503 with Retry-After and our JSON error past the limit, without calling the handler", async () => {
    const limit = new HeavyLimit({ concurrency: 1, queue: 0, maxWaitMs: 1000, retryAfterSeconds: 4 });
    const g = gate();
    let calls = 0;
    const handler = limitHeavy(async (_request: Request) => {
      calls++;
      await g.opened;
      return new Response("done");
    }, limit);
    const first = handler(new Request("http://localhost/api/og?p=misrata"));
    await tick();
    const refused = await handler(new Request("http://localhost/api/og?p=sirte"));
    expect(refused.status).toBe(503);
    expect(refused.headers.get("retry-after")).toBe("4");
    expect(await refused.json()).toEqual({ error: "the server is busy: retry in 4 s" });
    expect(calls).toBe(1);
    g.open();
    expect(await (await first).text()).toBe("done");
  });

  it("overloaded() is a 503 that is never cached", () => {
    const res = overloaded(2);
    expect(res.status).toBe(503);
    expect(res.headers.get("cache-control")).toBe("no-store");
  });
});

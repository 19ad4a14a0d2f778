import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { buildSync } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWorkerCrash, poolSize, WorkerPool } from "./worker-pool";

// A real worker thread running answerTasks, bundled the way a worker must be (plain JS, no
// TypeScript loader in a worker): each input names what the task does, crashing included.
type Job = { op: "double"; n: number } | { op: "spin"; ms: number } | { op: "throw" } | { op: "exit" } | { op: "hang" };

let dir: string;
let script: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "worker-pool-"));
  const source = join(dir, "worker.ts");
  writeFileSync(
    source,
    `import { parentPort } from "node:worker_threads";
import { answerTasks } from ${JSON.stringify(fileURLToPath(new URL("./worker-pool.ts", import.meta.url)))};
answerTasks(parentPort, (job) => {
  if (job.op === "double") return job.n * 2;
  if (job.op === "spin") { const until = Date.now() + job.ms; while (Date.now() < until); return "spun"; }
  if (job.op === "throw") throw new RangeError("secret body text");
  if (job.op === "exit") process.exit(3);
  if (job.op === "hang") for (;;);
});`,
  );
  script = join(dir, "worker.mjs");
  buildSync({ entryPoints: [source], bundle: true, platform: "node", format: "esm", outfile: script, logLevel: "silent" });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function pool(size = 1, timeoutMs = 10_000) {
  const lines: string[] = [];
  let spawned = 0;
  const p = new WorkerPool<Job, unknown>({
    name: "test",
    size,
    spawn: () => {
      spawned++;
      return new Worker(script);
    },
    timeoutMs,
    log: (l) => lines.push(l),
  });
  return { p, lines, spawned: () => spawned };
}

describe("poolSize", () => {
  it("is one fewer than the cores, at least one, unless overridden", () => {
    expect(poolSize(undefined, 2)).toBe(1);
    expect(poolSize(undefined, 8)).toBe(7);
    expect(poolSize(undefined, 1)).toBe(1);
    expect(poolSize("3", 2)).toBe(3);
    expect(poolSize("0", 4)).toBe(3);
    expect(poolSize("lots", 4)).toBe(3);
  });
});

describe("WorkerPool", () => {
  it("answers each task from a thread, the event loop free meanwhile", async () => {
    const { p } = pool(1);
    expect(await p.run({ op: "double", n: 21 })).toBe(42);
    let turns = 0;
    const timer = setInterval(() => turns++, 5);
    expect(await p.run({ op: "spin", ms: 300 })).toBe("spun");
    clearInterval(timer);
    // synchronous work on this thread would have allowed no turn at all
    expect(turns).toBeGreaterThan(10);
    await p.close();
  });

  it("queues tasks past its threads and answers them in order", async () => {
    const { p, spawned } = pool(2);
    const answers = await Promise.all(Array.from({ length: 7 }, (_, n) => p.run({ op: "double", n })));
    expect(answers).toEqual([0, 2, 4, 6, 8, 10, 12]);
    expect(spawned()).toBe(2);
    expect(p.load).toEqual({ threads: 2, running: 0, waiting: 0 });
    await p.close();
  });

  it("a task that throws rejects with the error's class, not its message, and the thread lives on", async () => {
    const { p, spawned } = pool(1);
    const error = await p.run({ op: "throw" }).catch((e: Error) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).name).toBe("WorkerTaskError");
    expect((error as Error).message).toMatch(/^RangeError/);
    expect((error as Error).message).not.toContain("secret");
    expect(isWorkerCrash(error)).toBe(false);
    expect(await p.run({ op: "double", n: 1 })).toBe(2);
    expect(spawned()).toBe(1);
    await p.close();
  });

  it("a thread that dies mid-task rejects that task as a crash, logs one line and is replaced", async () => {
    const { p, lines, spawned } = pool(1);
    expect(await p.run({ op: "double", n: 2 })).toBe(4);
    // the crash and a task queued behind it: the crash is a WorkerCrashedError, the other is
    // answered by the replacement thread
    const [crash, after] = await Promise.all([p.run({ op: "exit" }).catch((e: Error) => e), p.run({ op: "double", n: 5 })]);
    expect(isWorkerCrash(crash)).toBe(true);
    expect(after).toBe(10);
    expect(lines.filter((l) => l.includes("exited with code 3"))).toHaveLength(1);
    expect(lines[0]).toContain("its request is answered 503");
    expect(await p.run({ op: "double", n: 3 })).toBe(6);
    expect(spawned()).toBe(2);
    await p.close();
  });

  it("a task past its time is a crash: the thread is terminated and the next task gets a new one", async () => {
    const { p, lines } = pool(1, 300);
    const started = Date.now();
    const error = await p.run({ op: "hang" }).catch((e: Error) => e);
    expect(isWorkerCrash(error)).toBe(true);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(lines.some((l) => l.includes("task still running after 300 ms"))).toBe(true);
    expect(await p.run({ op: "double", n: 4 })).toBe(8);
    await p.close();
  });

  it("a worker that cannot start fails its task once, with no restart loop", async () => {
    let spawned = 0;
    const p = new WorkerPool<Job, unknown>({
      name: "broken",
      size: 1,
      spawn: () => {
        spawned++;
        return new Worker(join(dir, "missing.mjs"));
      },
      timeoutMs: 5000,
    });
    expect(isWorkerCrash(await p.run({ op: "double", n: 1 }).catch((e: Error) => e))).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(spawned).toBe(1);
    await p.close();
  });

  it("rejects what is waiting when closed", async () => {
    const { p } = pool(1);
    const running = p.run({ op: "spin", ms: 200 }).catch((e: Error) => e);
    const waiting = p.run({ op: "double", n: 1 }).catch((e: Error) => e);
    await p.close();
    expect(isWorkerCrash(await waiting)).toBe(true);
    expect(isWorkerCrash(await running)).toBe(true);
    expect(isWorkerCrash(await p.run({ op: "double", n: 1 }).catch((e: Error) => e))).toBe(true);
  });
});

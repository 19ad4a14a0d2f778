// A small pool of worker threads for CPU-bound request work (geoparsing a 100 KB text): the
// work runs off the event loop, so the cheap routes keep answering while it runs. The heavy-work
// limit (heavy-limit.ts) stays in front of it and bounds how many requests wait; the pool only
// says where their work runs. Side effects: threads, started on demand and restarted after a crash.
import { availableParallelism } from "node:os";
import type { MessagePort, Worker } from "node:worker_threads";

/** What the pool sends a worker, and what the worker answers (one task at a time per worker). */
type TaskMessage<In> = { id: number; input: In };
type AnswerMessage<Out> = { id: number; ok: true; value: Out } | { id: number; ok: false; error: string };

/** The worker died (crashed, ran out of memory, exceeded the task's time) before answering. */
export class WorkerCrashedError extends Error {
  override name = "WorkerCrashedError";
}

/**
 * Whether `error` is a WorkerCrashedError, by name: the pool lives on globalThis and may have been
 * made by another bundled copy of this module, whose class `instanceof` would not recognise.
 */
export function isWorkerCrash(error: unknown): boolean {
  return error instanceof Error && error.name === "WorkerCrashedError";
}

/**
 * The work threw inside the worker: a fault of ours, like a throw on the main thread. The message
 * is the error's class and stack frames only, never its message (which can quote the input).
 */
export class WorkerTaskError extends Error {
  override name = "WorkerTaskError";
}

export type WorkerPoolOptions = {
  /** Named in log lines. */
  name: string;
  /** Threads at most; started when work arrives, not before. */
  size: number;
  /** A new thread running the worker's script (which calls answerTasks). */
  spawn: () => Worker;
  /** A task still running after this long is abandoned and its thread terminated. */
  timeoutMs: number;
  /** One line per crash or timeout. */
  log?: (line: string) => void;
};

type Task<In, Out> = { id: number; input: In; resolve: (value: Out) => void; reject: (error: Error) => void };
type Slot<In, Out> = { worker: Worker; task?: Task<In, Out>; timer?: ReturnType<typeof setTimeout>; answered: number; gone: boolean };

/**
 * Threads for the pool: one fewer than the cores Node may use (the event loop keeps one), at
 * least one. A positive integer in `override` (an environment variable) wins.
 *
 * @example poolSize(undefined, 2) // 1
 */
export function poolSize(override: string | undefined, parallelism: number = availableParallelism()): number {
  const n = Number(override);
  if (Number.isInteger(n) && n >= 1) return n;
  return Math.max(1, parallelism - 1);
}

/**
 * Runs tasks on up to `size` threads, one task per thread at a time, the rest in a FIFO queue.
 * A thread that dies mid-task rejects that task with WorkerCrashedError (the route answers 503)
 * and is replaced: at once when it had answered before, on the next task when it died before its
 * first answer (a worker that cannot even start would otherwise be restarted in a loop).
 *
 * @example const pool = new WorkerPool<string, string>({ name: "geoparse", size: 1, spawn: () => new Worker(url), timeoutMs: 30_000 });
 *          await pool.run("اشتباكات في سرت") // the worker's answer
 */
export class WorkerPool<In, Out> {
  private readonly options: WorkerPoolOptions;
  private readonly slots: Slot<In, Out>[] = [];
  private readonly queue: Task<In, Out>[] = [];
  private nextId = 0;
  private closed = false;

  constructor(options: WorkerPoolOptions) {
    if (!(options.size >= 1)) throw new Error("a worker pool needs size ≥ 1");
    this.options = options;
  }

  /** Threads alive, tasks running and tasks waiting, for logs and tests. */
  get load(): { threads: number; running: number; waiting: number } {
    return { threads: this.slots.length, running: this.slots.filter((s) => s.task).length, waiting: this.queue.length };
  }

  /** The worker's answer to `input`; rejects with WorkerCrashedError or WorkerTaskError. */
  run(input: In): Promise<Out> {
    if (this.closed) return Promise.reject(new WorkerCrashedError(`the ${this.options.name} pool is closed`));
    return new Promise<Out>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.dispatch();
    });
  }

  /** Stops every thread; tasks still waiting or running are rejected. */
  async close(): Promise<void> {
    this.closed = true;
    for (const task of this.queue.splice(0)) task.reject(new WorkerCrashedError(`the ${this.options.name} pool is closed`));
    await Promise.all(this.slots.slice().map((slot) => this.retire(slot, null)));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => !s.task);
      if (!slot && this.slots.length < this.options.size) slot = this.start();
      if (!slot) return;
      const task = this.queue.shift()!;
      slot.task = task;
      slot.timer = setTimeout(() => void this.retire(slot!, `task still running after ${this.options.timeoutMs} ms`), this.options.timeoutMs);
      slot.worker.ref();
      slot.worker.postMessage({ id: task.id, input: task.input } satisfies TaskMessage<In>);
    }
  }

  private start(): Slot<In, Out> {
    const worker = this.options.spawn();
    const slot: Slot<In, Out> = { worker, answered: 0, gone: false };
    worker.on("message", (message: AnswerMessage<Out>) => {
      const task = slot.task;
      if (!task || message.id !== task.id) return;
      clearTimeout(slot.timer);
      slot.task = undefined;
      slot.answered++;
      if (message.ok) task.resolve(message.value);
      else task.reject(new WorkerTaskError(message.error));
      if (this.queue.length > 0) this.dispatch();
      // an idle thread does not keep the process alive (a CLI or a test can exit)
      else if (!slot.task) worker.unref();
    });
    // An uncaught throw in the worker ('error') is followed by its exit; either ends the slot.
    worker.on("error", (error) => void this.retire(slot, `crashed: ${error.name}`));
    worker.on("exit", (code) => void this.retire(slot, `exited with code ${code}`));
    this.slots.push(slot);
    return slot;
  }

  /** Ends a slot once: rejects its task, terminates the thread, replaces it if it had worked. */
  private async retire(slot: Slot<In, Out>, reason: string | null): Promise<void> {
    if (slot.gone) return;
    slot.gone = true;
    clearTimeout(slot.timer);
    this.slots.splice(this.slots.indexOf(slot), 1);
    const task = slot.task;
    slot.task = undefined;
    if (reason !== null) {
      this.options.log?.(`[worker-pool] a ${this.options.name} thread ${reason}${task ? "; its request is answered 503" : ""}; ${slot.answered > 0 ? "restarted" : "a new one starts with the next task"}`);
    }
    task?.reject(new WorkerCrashedError(`the ${this.options.name} worker ${reason ?? "was closed"}`));
    const terminated = slot.worker.terminate().catch(() => 0);
    if (!this.closed) {
      if (slot.answered > 0 && this.slots.length < this.options.size) {
        const fresh = this.start();
        fresh.worker.unref();
      }
      this.dispatch();
    }
    await terminated;
  }
}

/**
 * The worker's side: answers each task posted to `port` with `work(input)`, or with the error's
 * class and stack frames when it throws (never the error's message, which can quote the input).
 * Called once at the top of a worker script.
 *
 * @example answerTasks(parentPort!, (text: string) => geoparseBody(text)); // app/api/geoparse/geoparse.worker.ts
 */
export function answerTasks<In, Out>(port: MessagePort | null, work: (input: In) => Out): void {
  if (!port) throw new Error("answerTasks runs in a worker thread (no parentPort here)");
  port.on("message", ({ id, input }: TaskMessage<In>) => {
    let answer: AnswerMessage<Out>;
    try {
      answer = { id, ok: true, value: work(input) };
    } catch (error) {
      answer = { id, ok: false, error: describe(error) };
    }
    port.postMessage(answer);
  });
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error thrown (${typeof error})`;
  const frames = (error.stack ?? "").split("\n").slice(1).map((l) => l.trim()).filter((l) => l.startsWith("at ")).slice(0, 5);
  return [error.name, ...frames].join(" | ");
}

// Serves the last `next build` in a child process for a moment: the bench weighs the page it
// sends, and an end-to-end test serves the build over another seeds folder. Side effects: a port
// and a process, stopped by `stop()`.
import { spawn } from "node:child_process";
import { createServer } from "node:net";

/** A port nobody holds now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/**
 * `next start` on a free local port with `env` added (next.config.js reads NEXT_DIST_DIR from
 * it), once it answers "/"; undefined when it never does (no build, or it exited).
 *
 * @example const served = await serveBuild({ KHABAR_SEEDS_DIR: dir }); await served?.stop();
 */
export async function serveBuild(
  env: Record<string, string> = {},
): Promise<{ url: string; stop: () => void; pid: number; startMs: number } | undefined> {
  const t0 = performance.now();
  const port = await freePort();
  const server = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, ...env },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => void server.kill();
  for (let i = 0; i < 1200 && server.exitCode === null; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop, pid: server.pid!, startMs: performance.now() - t0 };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  stop();
  return undefined;
}

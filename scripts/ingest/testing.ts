// Helpers for the CLI tests (scripts/ingest.test.ts, scripts/watch.test.ts): run a command as a
// user does, and serve pages and feeds from 127.0.0.1 so nothing in a test leaves the machine.
import { spawn } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
const TSX = path.join(ROOT, "node_modules", ".bin", "tsx");

export type Run = { status: number | null; stdout: string; stderr: string };

/**
 * Runs scripts/<script>.ts through tsx with `args`, from the project root, asynchronously (a test's
 * own HTTP server must keep answering meanwhile); KHABAR_DB is left out of the environment, so
 * only --db picks the database.
 *
 * @example const r = await runScript("ingest", ["a.html", "--db", db]); r.status // 0
 */
export function runScript(script: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  const { KHABAR_DB: _unused, ...inherited } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(TSX, [path.join(ROOT, "scripts", `${script}.ts`), ...args], { cwd: ROOT, env: { ...inherited, ...env } });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (s: string) => (stdout += s));
    child.stderr.setEncoding("utf8").on("data", (s: string) => (stderr += s));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

export type Served = { url: (p: string) => string; requests: http.IncomingHttpHeaders[]; paths: string[]; close: () => Promise<void> };

/**
 * An HTTP server on 127.0.0.1 (a free port) answering with `handler`; it records every request's
 * path and headers, for tests of conditional requests.
 *
 * @example const s = await serve((req, res) => res.end("ok")); s.url("/rss") // "http://127.0.0.1:40123/rss"
 */
export async function serve(handler: http.RequestListener): Promise<Served> {
  const requests: http.IncomingHttpHeaders[] = [];
  const paths: string[] = [];
  const server = http.createServer((req, res) => {
    requests.push(req.headers);
    paths.push(req.url ?? "");
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    requests,
    paths,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

import { unstable_rethrow } from "next/navigation";
import { jsonError } from "./json-error";

export type RouteLog = (line: string) => void;

/** Control characters and the query string never reach the log: a path is all it needs. */
function loggablePath(request: Request): string {
  let path: string;
  try {
    path = new URL(request.url).pathname;
  } catch {
    path = "(unparsable URL)";
  }
  const clean = path.replace(/[^\x20-\x7e]/g, "?");
  return clean.length > 200 ? `${clean.slice(0, 200)}…` : clean;
}

/**
 * What the log says about an error: its class and where it was thrown, never its message. A
 * message can quote the request (JSON.parse's quotes the body it failed on, a validator's the
 * value it refused), and the body must never reach the log.
 */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return `non-Error thrown (${typeof error})`;
  const frames = (error.stack ?? "")
    .split("\n")
    .slice(1)
    .map((l) => l.trim())
    .filter((l) => l.startsWith("at "))
    .slice(0, 5);
  return [error.name, ...frames].join(" | ");
}

/** A short id, in the answer and in the log line, so a user's report can be matched to the log. */
function incidentId(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(6))).toString("hex");
}

/**
 * Wraps a route handler so that what it does not expect still gets our JSON answer: anything it
 * throws is logged with the request's method and path (not the query, never the body or the
 * error's message) and answered `500 {"error": "internal error (ref …)"}`. Next's own control-flow
 * throws (notFound(), redirect(), the build's dynamic-usage bailout) pass through untouched. The
 * wrapped handler keeps the original's signature, so Next's route type check still applies.
 *
 * @example export const GET = guardRoute(async (request: Request) => Response.json(await work(request)));
 */
export function guardRoute<A extends [Request, ...unknown[]]>(
  handler: (...args: A) => Response | Promise<Response>,
  log: RouteLog = (line) => console.error(line),
): (...args: A) => Promise<Response> {
  return async (...args: A) => {
    try {
      return await handler(...args);
    } catch (error) {
      unstable_rethrow(error);
      const id = incidentId();
      const request = args[0];
      log(`[route] ${request.method} ${loggablePath(request)} failed (ref ${id}): ${describeError(error)}`);
      return jsonError(500, `internal error (ref ${id})`);
    }
  };
}

/**
 * JSON.parse's complaint, worded the same on every Node version this project supports: Node 22
 * appends " (line 1 column 51)" to what Node 20 says, and the position is enough to find it.
 *
 * @example jsonProblem(new SyntaxError("Unterminated string in JSON at position 50 (line 1 column 51)")) // "Unterminated string in JSON at position 50"
 */
export function jsonProblem(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return message.replace(/\s*\(line \d+ column \d+\)$/, "");
}

/**
 * The API's error response: JSON `{ "error": message }` with the status.
 *
 * @example jsonError(404, 'no article "999"') // Response 404, body {"error":"no article \"999\""}
 */
export function jsonError(status: number, message: string): Response {
  return Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * The page a browser gets when proxy.ts refuses a request to a page (a URL, query or headers past
 * the limits): the status and why, and a way back to the map. Written out here rather than rendered
 * by Next because the request never reaches routing; it has no script, so the CSP has nothing to
 * allow, and the message is escaped although the proxy only ever writes its own.
 *
 * @example refusalPage(400, 'query parameter "a" is repeated 9 times (at most 4)') // Response 400 text/html
 */
export function refusalPage(status: number, message: string): Response {
  const text = message.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
  return page(status, "Bad request", `This address cannot be served: ${text}.`);
}

/**
 * The not-found page for a path that cannot even be decoded (it names no page of ours), as
 * app/not-found.tsx words it. Answered by the proxy itself: a rewrite to the app's not-found route
 * is taken by Next for an external URL when the request came through an HTTPS front end (the
 * origins differ) and proxied back to the server over the network, which failed (a 500).
 *
 * @example notFoundPage().status // 404
 */
export function notFoundPage(): Response {
  return page(404, "Not found", "There is no page at this address.");
}

function page(status: number, heading: string, paragraph: string): Response {
  const html = `<!DOCTYPE html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${heading} — Khabar Map</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:760px;margin:0 auto;padding:16px 18px;color:#1b1f24}a{color:#1f3a5f}</style></head>
<body><main><nav><a href="/">Back to the map</a></nav><h1>${heading}</h1><p>${paragraph}</p></main></body></html>
`;
  return new Response(html, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-store" } });
}

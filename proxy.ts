// Runs before routing, for every request but Next's hashed static files: refuses requests past the
// limits of lib/http/request-limits.ts (un-decodable paths included, which Next 16.4.5 would
// answer with a 500, Next.js issue 92527) and gives each response its per-request security
// headers, a page its CSP nonce. `proxy` is Next 16's name for middleware (Node.js runtime).
import { NextResponse, type NextRequest } from "next/server";
import { jsonError } from "@/lib/http/json-error";
import { notFoundPage, refusalPage } from "@/lib/http/refusal-page";
import { checkRequest } from "@/lib/http/request-limits";
import { requestSecurityHeaders, servedOverHttps } from "@/lib/http/security-headers.mjs";

function isApi(pathname: string): boolean {
  return pathname === "/api" || pathname.startsWith("/api/");
}

/** 128 random bits, base64: what CSP asks of a nonce. */
function newNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}

export function proxy(request: NextRequest): Response {
  // nextUrl keeps the path and query as sent, percent-encoding included.
  const { pathname, search } = request.nextUrl;
  const api = isApi(pathname);
  const problem = checkRequest({ pathname, search, headers: request.headers });
  const nonce = api ? undefined : newNonce();
  const headers = requestSecurityHeaders({
    page: !api,
    nonce,
    https: servedOverHttps({ forwardedProto: request.headers.get("x-forwarded-proto"), siteUrl: process.env.KHABAR_SITE_URL }),
    tileUrl: process.env.NEXT_PUBLIC_TILE_URL,
    dev: process.env.NODE_ENV === "development",
  });
  const withHeaders = <R extends Response>(response: R): R => {
    for (const { key, value } of headers) response.headers.set(key, value);
    return response;
  };

  if (problem && api) return withHeaders(jsonError(problem.status, problem.message));
  if (problem) return withHeaders(problem.undecodable ? notFoundPage() : refusalPage(problem.status, problem.message));

  // Next reads the nonce from the request's CSP and stamps it on every script it renders.
  const forwarded = new Headers(request.headers);
  for (const { key, value } of headers) if (key === "Content-Security-Policy") forwarded.set(key, value);
  const init = { request: { headers: forwarded } };
  return withHeaders(NextResponse.next(init));
}

export const config = {
  // Hashed build output is the same for every request and needs no nonce; everything else, the API
  // and the icon included, goes through the proxy.
  matcher: ["/((?!_next/static/|_next/image).*)"],
};

// @ts-check
import { contentSecurityPolicy, securityHeaders } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel work (or a second checkout) build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native addon (the share preview renderer, app/api/og): loaded by Node at run time, not bundled.
  serverExternalPackages: ["@resvg/resvg-js", "libsql"],
  // The headers that are the same for every response (nosniff, referrer, framing, COOP, CORP,
  // Permissions-Policy). The CSP (a page's carries a per-request nonce) and HSTS are set by
  // proxy.ts, which sees every request but the hashed static files below: those get the policy
  // without a nonce here instead (the tile host is read at build time, like every NEXT_PUBLIC_
  // variable). A later rule overrides an earlier one's key.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders() },
      {
        source: "/_next/static/:path*",
        headers: [
          {
            key: "Content-Security-Policy",
            value: contentSecurityPolicy({ tileUrl: process.env.NEXT_PUBLIC_TILE_URL, dev: process.env.NODE_ENV === "development" }),
          },
        ],
      },
      // The share preview is meant to be shown by other sites (link previews, embeds).
      { source: "/api/og", headers: [{ key: "Cross-Origin-Resource-Policy", value: "cross-origin" }] },
    ];
  },
};
export default nextConfig;

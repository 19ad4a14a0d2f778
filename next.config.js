// @ts-check
import { securityHeaders } from "./lib/http/security-headers.mjs";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel work (or a second checkout) build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
  // Native addon (the share preview renderer, app/api/og): loaded by Node at run time, not bundled.
  serverExternalPackages: ["@resvg/resvg-js"],
  // Every response (pages, route handlers, static files): CSP, nosniff, referrer policy. The tile
  // host is read at build time, like every NEXT_PUBLIC_ variable.
  async headers() {
    const headers = securityHeaders({
      tileUrl: process.env.NEXT_PUBLIC_TILE_URL,
      dev: process.env.NODE_ENV === "development",
    });
    return [{ source: "/:path*", headers }];
  },
};
export default nextConfig;

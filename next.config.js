// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // A separate build folder lets parallel work (or a second checkout) build without clobbering .next.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  reactStrictMode: true,
};
export default nextConfig;

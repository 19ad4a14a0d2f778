// @ts-check
// Plain JavaScript so next.config.js can import it as it is; typed by security-headers.d.mts.

/**
 * The origin a CSP must allow for a Leaflet tile URL template, or null when there is none or it
 * cannot be trusted. A "{s}." subdomain placeholder becomes a "*." wildcard; any other
 * placeholder in the host, or a scheme other than http(s), gives null (no tile host allowed).
 *
 * @example tileOrigin("https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png") // "https://*.tile.openstreetmap.org"
 * @param {string | undefined} template
 * @returns {string | null}
 */
export function tileOrigin(template) {
  if (!template) return null;
  const m = /^(https?):\/\/([^/?#]+)/i.exec(template.trim());
  if (!m) return null;
  const scheme = /** @type {string} */ (m[1]).toLowerCase();
  let host = /** @type {string} */ (m[2]).toLowerCase();
  let wildcard = false;
  if (host.startsWith("{s}.")) {
    wildcard = true;
    host = host.slice(4);
  }
  if (host.includes("@") || !/^[a-z0-9.-]+(:\d{1,5})?$/.test(host)) return null;
  return `${scheme}://${wildcard ? "*." : ""}${host}`;
}

/**
 * The Content-Security-Policy for every response. Scripts: our own origin plus 'unsafe-inline',
 * because Next's App Router streams its payload in inline <script> tags, and the nonce
 * alternative forces every page to render per request, giving up the statically built map and
 * article pages. Styles allow inline too (Leaflet positions tiles and markers with style
 * attributes). Images may come from the configured tile host. Nothing may frame the app.
 *
 * @example contentSecurityPolicy({ tileUrl: undefined, dev: false }) // "default-src 'self'; script-src 'self' 'unsafe-inline'; …"
 * @param {{ tileUrl?: string | undefined, dev?: boolean }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ tileUrl, dev = false }) {
  const tiles = tileOrigin(tileUrl);
  return [
    "default-src 'self'",
    // React's development build evaluates code for its error overlays; production never does.
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob:${tiles ? ` ${tiles}` : ""}`,
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/**
 * The headers sent with every response (pages, route handlers, static files).
 *
 * @example securityHeaders({}).map((h) => h.key) // ["Content-Security-Policy", "X-Content-Type-Options", …]
 * @param {{ tileUrl?: string | undefined, dev?: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders(options) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
  ];
}

// @ts-check
// Plain JavaScript so next.config.js can import it as it is; typed by security-headers.d.mts.
// The one place that builds the security headers: next.config.js sends the static ones with every
// response, proxy.ts adds the per-request ones (the CSP with its nonce, HSTS).

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

/** A nonce is base64 (RFC 4648, with padding): anything else must never reach the policy. */
const NONCE = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/**
 * The Content-Security-Policy of a page. Scripts run only when they carry the request's nonce
 * ('strict-dynamic' then trusts the chunks those scripts load, which is how Next loads the rest of
 * the app); no 'unsafe-inline' for scripts. proxy.ts makes a fresh nonce per request and puts this
 * policy on the request too, which is where Next reads the nonce it stamps on its own scripts; so
 * every page is rendered per request (app/layout.tsx). Without a nonce (a response the proxy does
 * not see) no inline script may run at all. Styles allow inline: Leaflet positions tiles and
 * markers with style attributes. Images may come from the configured tile host. Nothing may frame
 * the app. Responses the proxy does not see (Next's hashed static files) get the policy without a
 * nonce from next.config.js.
 *
 * @example contentSecurityPolicy({ nonce: "cmFuZG9tLW5vbmNlLTEyMw==" }) // "default-src 'self'; script-src 'self' 'nonce-cmFuZG9tLW5vbmNlLTEyMw==' 'strict-dynamic'; …"
 * @param {{ tileUrl?: string | undefined, dev?: boolean, nonce?: string | undefined }} options
 * @returns {string}
 */
export function contentSecurityPolicy({ tileUrl, dev = false, nonce }) {
  if (nonce !== undefined && !NONCE.test(nonce)) throw new Error("a CSP nonce must be base64");
  const tiles = tileOrigin(tileUrl);
  // React's development build evaluates code for its error overlays; production never does.
  const evalInDev = dev ? " 'unsafe-eval'" : "";
  return [
    "default-src 'self'",
    nonce ? `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${evalInDev}` : `script-src 'self'${evalInDev}`,
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
 * Browser features the app never uses, refused for it and anything it might embed. The clipboard
 * stays allowed: "copy link" writes to it.
 */
export const PERMISSIONS_POLICY = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "midi=()",
  "payment=()",
  "publickey-credentials-get=()",
  "usb=()",
  "browsing-topics=()",
].join(", ");

/** One year: past the six months the HTTP Observatory asks for; no includeSubDomains, the deployer's other hosts are not ours to pin. */
export const HSTS = "max-age=31536000";

/**
 * Whether the response is delivered over HTTPS: the TLS terminator in front of `next start` says so
 * in X-Forwarded-Proto (its first value, the client-facing hop), or the site is configured with an
 * https origin (KHABAR_SITE_URL). A browser ignores HSTS received over plain HTTP, so a spoofed
 * header costs nothing.
 *
 * @example servedOverHttps({ forwardedProto: "https", siteUrl: undefined }) // true
 * @param {{ forwardedProto?: string | null | undefined, siteUrl?: string | undefined }} options
 * @returns {boolean}
 */
export function servedOverHttps({ forwardedProto, siteUrl }) {
  if (forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https") return true;
  return /^https:\/\//i.test(siteUrl?.trim() ?? "");
}

/**
 * The headers that do not depend on the request, sent by next.config.js with every response
 * (pages, route handlers, static files). The CSP and HSTS are per request: see requestSecurityHeaders.
 *
 * @example securityHeaders().map((h) => h.key) // ["X-Content-Type-Options", "Referrer-Policy", …]
 * @returns {{ key: string, value: string }[]}
 */
export function securityHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    // For browsers that predate frame-ancestors.
    { key: "X-Frame-Options", value: "DENY" },
    // A page we open (an article's source link) cannot reach back into ours through window.opener.
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Other sites cannot embed our responses (no-cors reads); /api/og overrides it (next.config.js).
    { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
    { key: "Permissions-Policy", value: PERMISSIONS_POLICY },
  ];
}

/**
 * The per-request headers proxy.ts adds: a page's CSP with its nonce (anything else, the JSON API
 * or the preview PNG, gets the same policy without one: no inline script may run in a JSON body a
 * browser is tricked into rendering), and HSTS when served over HTTPS.
 *
 * @example requestSecurityHeaders({ page: true, nonce, https: true }) // [{ key: "Content-Security-Policy", … }, { key: "Strict-Transport-Security", value: "max-age=31536000" }]
 * @param {{ page: boolean, nonce?: string | undefined, https: boolean, tileUrl?: string | undefined, dev?: boolean }} options
 * @returns {{ key: string, value: string }[]}
 */
export function requestSecurityHeaders({ page, nonce, https, tileUrl, dev = false }) {
  const csp = contentSecurityPolicy({ tileUrl, dev, nonce: page ? nonce : undefined });
  const headers = [{ key: "Content-Security-Policy", value: csp }];
  if (https) headers.push({ key: "Strict-Transport-Security", value: HSTS });
  return headers;
}

/**
 * Scores a response's headers the way the MDN HTTP Observatory does (mdn/mdn-http-observatory,
 * src/grader/charts.js and src/analyzer/tests/*.js: its published scoring table): every site starts
 * at 100, each of ten tests adds its modifier, bonuses count only when the score without them is
 * already 90 or more, and the grade is read from the score rounded down to a multiple of 5.
 *
 * What it cannot see from one response is an input: the outcome of fetching the http:// URL
 * (redirection) and HSTS preloading. Without a redirection outcome the test is reported as not
 * assessed and scores 0 (on this app the http→https redirect belongs to the TLS terminator in front
 * of `next start`). Simplifications, each stated where it happens: several CSP policies are
 * intersected by exact source, not by path prefix; CSP in <meta> is not read; "same site" for
 * scripts compares the last two host labels, not the public-suffix list.
 */

export type TestName =
  | "content-security-policy"
  | "cookies"
  | "cross-origin-resource-sharing"
  | "redirection"
  | "referrer-policy"
  | "strict-transport-security"
  | "subresource-integrity"
  | "x-content-type-options"
  | "x-frame-options"
  | "cross-origin-resource-policy";

export type TestResult = { test: TestName; result: string; modifier: number; pass: boolean; assessed: boolean };

export type RedirectionOutcome =
  | "redirection-to-https"
  | "redirection-not-needed-no-http"
  | "redirection-all-redirects-preloaded"
  | "redirection-off-host-from-http"
  | "redirection-not-to-https-on-initial-redirection"
  | "redirection-missing"
  | "redirection-not-to-https";

export type ObservatoryInput = {
  /** The URL scanned: its scheme decides the HTTPS-only checks (HSTS, insecure sources). */
  url: string;
  status: number;
  headers: Headers;
  /** The body, when HTML: its <script> tags are the subresource-integrity test. */
  body?: string;
  /** The response to the same URL requested with an Origin header (the Observatory sends its own); the main response is used when absent. */
  cors?: { origin: string; headers: Headers };
  /** What fetching the http:// URL gave; not assessed when absent. */
  redirection?: RedirectionOutcome;
  hstsPreloaded?: boolean;
};

export type ObservatoryScore = { score: number; grade: string; tests: TestResult[] };

/** The published modifiers, by result name (charts.js SCORE_TABLE). */
export const MODIFIERS: Record<string, number> = {
  "csp-implemented-with-no-unsafe-default-src-none": 10,
  "csp-implemented-with-no-unsafe": 5,
  "csp-implemented-with-unsafe-inline-in-style-src-only": 0,
  "csp-implemented-with-insecure-scheme-in-passive-content-only": -10,
  "csp-implemented-with-unsafe-eval": -10,
  "csp-implemented-with-unsafe-inline": -20,
  "csp-implemented-with-insecure-scheme": -20,
  "csp-header-invalid": -25,
  "csp-not-implemented": -25,
  "cookies-secure-with-httponly-sessions-and-samesite": 5,
  "cookies-secure-with-httponly-sessions": 0,
  "cookies-not-found": 0,
  "cookies-without-secure-flag-but-protected-by-hsts": -5,
  "cookies-session-without-secure-flag-but-protected-by-hsts": -10,
  "cookies-without-secure-flag": -20,
  "cookies-samesite-flag-invalid": -20,
  "cookies-anticsrf-without-samesite-flag": -20,
  "cookies-session-without-httponly-flag": -30,
  "cookies-session-without-secure-flag": -40,
  "cross-origin-resource-sharing-not-implemented": 0,
  "cross-origin-resource-sharing-implemented-with-public-access": 0,
  "cross-origin-resource-sharing-implemented-with-restricted-access": 0,
  "cross-origin-resource-sharing-implemented-with-universal-access": -50,
  "redirection-all-redirects-preloaded": 0,
  "redirection-to-https": 0,
  "redirection-not-needed-no-http": 0,
  "redirection-off-host-from-http": -5,
  "redirection-not-to-https-on-initial-redirection": -10,
  "redirection-not-to-https": -20,
  "redirection-missing": -20,
  "redirection-not-assessed": 0,
  "referrer-policy-private": 5,
  "referrer-policy-not-implemented": 0,
  "referrer-policy-unsafe": -5,
  "referrer-policy-header-invalid": -5,
  "hsts-preloaded": 5,
  "hsts-implemented-max-age-at-least-six-months": 0,
  "hsts-implemented-max-age-less-than-six-months": -10,
  "hsts-not-implemented": -20,
  "hsts-header-invalid": -20,
  "hsts-not-implemented-no-https": -20,
  "sri-implemented-and-all-scripts-loaded-securely": 5,
  "sri-implemented-and-external-scripts-loaded-securely": 5,
  "sri-not-implemented-response-not-html": 0,
  "sri-not-implemented-but-no-scripts-loaded": 0,
  "sri-not-implemented-but-all-scripts-loaded-from-secure-origin": 0,
  "sri-not-implemented-but-external-scripts-loaded-securely": -5,
  "sri-implemented-but-external-scripts-not-loaded-securely": -20,
  "sri-not-implemented-and-external-scripts-not-loaded-securely": -50,
  "x-content-type-options-nosniff": 0,
  "x-content-type-options-not-implemented": -5,
  "x-content-type-options-header-invalid": -5,
  "x-frame-options-implemented-via-csp": 5,
  "x-frame-options-sameorigin-or-deny": 0,
  "x-frame-options-allow-from-origin": 0,
  "x-frame-options-not-implemented": -20,
  "x-frame-options-header-invalid": -20,
  "corp-implemented-with-same-origin": 10,
  "corp-implemented-with-same-site": 10,
  "corp-implemented-with-cross-origin": 0,
  "corp-not-implemented": 0,
  "corp-header-invalid": -5,
};

/** Grades by score rounded down to a multiple of 5 (charts.js GRADE_CHART). */
export function gradeFor(score: number): string {
  const s = Math.min(Math.max(score, 0) - (Math.max(score, 0) % 5), 100);
  if (s >= 100) return "A+";
  if (s >= 90) return "A";
  if (s >= 85) return "A-";
  if (s >= 80) return "B+";
  if (s >= 70) return "B";
  if (s >= 65) return "B-";
  if (s >= 60) return "C+";
  if (s >= 50) return "C";
  if (s >= 45) return "C-";
  if (s >= 40) return "D+";
  if (s >= 30) return "D";
  if (s >= 25) return "D-";
  return "F";
}

const MINIMUM_SCORE_FOR_EXTRA_CREDIT = 90;

function result(test: TestName, name: string, pass: boolean, assessed = true): TestResult {
  const modifier = MODIFIERS[name];
  if (modifier === undefined) throw new Error(`no modifier for ${name}`);
  return { test, result: name, modifier, pass, assessed };
}

// ---------- CSP ----------

type Csp = Map<string, Set<string>>;

const DANGEROUSLY_BROAD = new Set(["ftp:", "http:", "https:", "*", "http://*", "http://*.*", "https://*", "https://*.*"]);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", "data:"]);
const BROAD_OR_INLINE = new Set([...DANGEROUSLY_BROAD, ...UNSAFE_INLINE]);
const NONCE_OR_HASH = ["'sha256-", "'sha384-", "'sha512-", "'nonce-"];
const PASSIVE = new Set(["img-src", "media-src"]);

/** One policy: directive → sources (lowercased); a -src directive with no source is 'none'. Throws on a repeated directive. */
function parsePolicy(policy: string): Csp {
  const clean = policy.replace(/[\r\n]/g, "").trim();
  if (clean.length < "img-src".length - 1) throw new Error("policy too short");
  const csp: Csp = new Map();
  for (const entry of clean.split(";")) {
    const [rawName, ...values] = entry.trim().split(/\s+/);
    if (!rawName) continue;
    const name = rawName.toLowerCase();
    if (csp.has(name)) {
      if (name === "report-uri" || name === "report-to") continue;
      throw new Error(`directive ${name} repeated`);
    }
    const sources = values.map((v) => v.trim().toLowerCase()).filter(Boolean);
    csp.set(name, new Set(sources.length ? sources : name.endsWith("-src") ? ["'none'"] : []));
  }
  return csp;
}

/**
 * Several policies all apply, so a source counts only if every policy naming the directive allows
 * it (exact match here; the Observatory also matches path prefixes).
 */
function parseCsp(values: string[]): Csp {
  const policies = values.map(parsePolicy);
  const merged: Csp = new Map();
  for (const policy of policies) {
    for (const [name, sources] of policy) {
      const had = merged.get(name);
      merged.set(name, had ? new Set([...had].filter((s) => sources.has(s))) : new Set(sources));
    }
  }
  for (const [name, sources] of merged) if (sources.size === 0 && name.endsWith("-src")) merged.set(name, new Set(["'none'"]));
  return merged;
}

function cspValues(headers: Headers): string[] {
  const raw = headers.get("content-security-policy");
  return raw === null ? [] : raw.split(",").map((s) => s.trim());
}

function cspTest(input: ObservatoryInput): { out: TestResult; csp: Csp | null } {
  const T = "content-security-policy";
  const values = cspValues(input.headers);
  if (values.length === 0) return { out: result(T, "csp-not-implemented", false), csp: null };
  let csp: Csp;
  try {
    csp = parseCsp(values);
  } catch {
    return { out: result(T, "csp-header-invalid", false), csp: null };
  }
  if (csp.size === 0) return { out: result(T, "csp-not-implemented", false), csp: null };
  const https = new URL(input.url).protocol === "https:";
  const copy = (d: string) => new Set(csp.get(d) ?? []);
  const objectSrc = csp.has("object-src") ? copy("object-src") : csp.has("default-src") ? copy("default-src") : new Set(["*"]);
  const scriptSrc = csp.has("script-src") ? copy("script-src") : csp.has("default-src") ? copy("default-src") : new Set(["*"]);
  const styleSrc = csp.has("style-src") ? copy("style-src") : csp.has("default-src") ? copy("default-src") : new Set(["*"]);
  const hasNonceOrHash = (s: Set<string>) => [...s].some((src) => NONCE_OR_HASH.some((p) => src.startsWith(p)));

  // A nonce or hash makes browsers ignore 'unsafe-inline' (it is kept only for old browsers).
  for (const list of [scriptSrc, styleSrc]) if (hasNonceOrHash(list)) list.delete("'unsafe-inline'");
  let name: string | null = null;
  if (scriptSrc.has("'strict-dynamic'")) {
    if (hasNonceOrHash(scriptSrc)) {
      // 'strict-dynamic' makes browsers ignore host and scheme sources, 'self' and 'unsafe-inline'.
      for (const src of [...scriptSrc]) {
        if ([...DANGEROUSLY_BROAD].some((b) => src.startsWith(b)) || src === "'self'" || src === "'unsafe-inline'") scriptSrc.delete(src);
      }
    } else {
      name = "csp-header-invalid";
    }
  }
  const active = [...csp.entries()].filter(([d]) => !PASSIVE.has(d) && d !== "script-src").flatMap(([, s]) => [...s]);
  active.push(...scriptSrc);
  const passive = [...PASSIVE].flatMap((d) => [...(csp.get(d) ?? csp.get("default-src") ?? [])]);
  const insecure = (src: string) => src.startsWith("http:") || src.startsWith("ftp:");

  const checks: [boolean, string][] = [
    [[...scriptSrc].some((s) => BROAD_OR_INLINE.has(s)) || [...objectSrc].some((s) => DANGEROUSLY_BROAD.has(s)), "csp-implemented-with-unsafe-inline"],
    [https && active.some(insecure), "csp-implemented-with-insecure-scheme"],
    [scriptSrc.has("'unsafe-eval'") || styleSrc.has("'unsafe-eval'"), "csp-implemented-with-unsafe-eval"],
    [https && passive.some(insecure), "csp-implemented-with-insecure-scheme-in-passive-content-only"],
    [[...styleSrc].some((s) => BROAD_OR_INLINE.has(s)), "csp-implemented-with-unsafe-inline-in-style-src-only"],
  ];
  for (const [hit, n] of checks) if (!name && hit) name = n;
  const def = csp.get("default-src");
  if (!name) name = def?.has("'none'") && def.size === 1 ? "csp-implemented-with-no-unsafe-default-src-none" : "csp-implemented-with-no-unsafe";
  const passing = [
    "csp-implemented-with-no-unsafe",
    "csp-implemented-with-no-unsafe-default-src-none",
    "csp-implemented-with-unsafe-inline-in-style-src-only",
    "csp-implemented-with-insecure-scheme-in-passive-content-only",
  ];
  return { out: result(T, name, passing.includes(name)), csp };
}

// ---------- the other tests ----------

/** The later a result in this list, the worse it is (the Observatory's onlyIfWorse order). */
const COOKIE_BADNESS = [
  "cookies-without-secure-flag-but-protected-by-hsts",
  "cookies-without-secure-flag",
  "cookies-session-without-secure-flag-but-protected-by-hsts",
  "cookies-samesite-flag-invalid",
  "cookies-anticsrf-without-samesite-flag",
  "cookies-session-without-httponly-flag",
  "cookies-session-without-secure-flag",
];

function cookiesTest(input: ObservatoryInput, hstsPasses: boolean): TestResult {
  const T = "cookies";
  const cookies = input.headers.getSetCookie();
  if (cookies.length === 0) return result(T, "cookies-not-found", true);
  let worst: string | null = null;
  const worse = (n: string) => {
    if (worst === null || COOKIE_BADNESS.indexOf(n) > COOKIE_BADNESS.indexOf(worst)) worst = n;
  };
  let missingSameSite = false;
  for (const raw of cookies) {
    const [pair = "", ...attrs] = raw.split(";").map((s) => s.trim());
    const key = pair.split("=")[0]?.toLowerCase() ?? "";
    const attr = new Map(attrs.map((a) => [a.split("=")[0]!.trim().toLowerCase(), a.split("=")[1]?.trim().toLowerCase() ?? ""]));
    const secure = attr.has("secure");
    const httpOnly = attr.has("httponly");
    const sameSite = attr.get("samesite");
    const session = key.includes("login") || key.includes("sess");
    if (sameSite !== undefined && !["lax", "strict", "none"].includes(sameSite)) worse("cookies-samesite-flag-invalid");
    if (!secure && sameSite === "none") worse("cookies-samesite-flag-invalid");
    if (!secure) worse(hstsPasses ? "cookies-without-secure-flag-but-protected-by-hsts" : "cookies-without-secure-flag");
    if (key.includes("csrf") && sameSite === undefined) worse("cookies-anticsrf-without-samesite-flag");
    if (session && !secure) worse(hstsPasses ? "cookies-session-without-secure-flag-but-protected-by-hsts" : "cookies-session-without-secure-flag");
    if (session && !httpOnly) worse("cookies-session-without-httponly-flag");
    if (sameSite === undefined) missingSameSite = true;
  }
  const name = worst ?? (missingSameSite ? "cookies-secure-with-httponly-sessions" : "cookies-secure-with-httponly-sessions-and-samesite");
  return result(T, name, ["cookies-secure-with-httponly-sessions", "cookies-secure-with-httponly-sessions-and-samesite"].includes(name));
}

function corsTest(input: ObservatoryInput): TestResult {
  const T = "cross-origin-resource-sharing";
  const headers = input.cors?.headers ?? input.headers;
  const acao = headers.get("access-control-allow-origin")?.slice(0, 256).trim().toLowerCase();
  if (!acao) return result(T, "cross-origin-resource-sharing-not-implemented", true);
  if (acao === "*") return result(T, "cross-origin-resource-sharing-implemented-with-public-access", true);
  const origin = input.cors?.origin.toLowerCase();
  if (origin && acao === origin && headers.get("access-control-allow-credentials")?.trim().toLowerCase() === "true") {
    return result(T, "cross-origin-resource-sharing-implemented-with-universal-access", false);
  }
  return result(T, "cross-origin-resource-sharing-implemented-with-restricted-access", true);
}

function redirectionTest(input: ObservatoryInput): TestResult {
  const T = "redirection";
  if (!input.redirection) return result(T, "redirection-not-assessed", true, false);
  const ok = ["redirection-to-https", "redirection-not-needed-no-http", "redirection-all-redirects-preloaded"];
  return result(T, input.redirection, ok.includes(input.redirection));
}

function referrerTest(input: ObservatoryInput): TestResult {
  const T = "referrer-policy";
  const good = ["no-referrer", "same-origin", "strict-origin", "strict-origin-when-cross-origin"];
  const bad = ["origin", "origin-when-cross-origin", "unsafe-url", "no-referrer-when-downgrade"];
  const raw = input.headers.get("referrer-policy");
  if (raw === null) return result(T, "referrer-policy-not-implemented", true);
  // The last valid token wins, as in browsers.
  const policy = raw
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => good.includes(s) || bad.includes(s))
    .pop();
  if (policy && good.includes(policy)) return result(T, "referrer-policy-private", true);
  if (policy) return result(T, "referrer-policy-unsafe", false);
  return result(T, "referrer-policy-header-invalid", false);
}

const SIX_MONTHS = 15_552_000; // the Observatory's own figure ("a white lie" below 15768000)

function hstsTest(input: ObservatoryInput): TestResult {
  const T = "strict-transport-security";
  if (new URL(input.url).protocol !== "https:") return result(T, "hsts-not-implemented-no-https", false);
  if (input.hstsPreloaded) return result(T, "hsts-preloaded", true);
  const raw = input.headers.get("strict-transport-security");
  if (raw === null) return result(T, "hsts-not-implemented", false);
  if (raw.includes(",")) return result(T, "hsts-header-invalid", false);
  let maxAge: number | null = null;
  for (const p of raw.slice(0, 1024).split(";").map((s) => s.trim().toLowerCase())) {
    if (p.startsWith("max-age=")) maxAge = Number.parseInt(p.slice(8, 128), 10);
  }
  if (maxAge === null || Number.isNaN(maxAge)) return result(T, "hsts-header-invalid", false);
  return maxAge < SIX_MONTHS ? result(T, "hsts-implemented-max-age-less-than-six-months", false) : result(T, "hsts-implemented-max-age-at-least-six-months", true);
}

const SRI_BADNESS = [
  "sri-implemented-and-all-scripts-loaded-securely",
  "sri-implemented-and-external-scripts-loaded-securely",
  "sri-implemented-but-external-scripts-not-loaded-securely",
  "sri-not-implemented-but-external-scripts-loaded-securely",
  "sri-not-implemented-and-external-scripts-not-loaded-securely",
  "sri-not-implemented-response-not-html",
];

function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+)))?`, "i").exec(tag);
  return m ? (m[1] ?? m[2] ?? m[3] ?? "") : null;
}

/** Same "site" by the last two host labels (the Observatory uses the public-suffix list). */
function siteOf(host: string): string {
  return host.toLowerCase().split(".").slice(-2).join(".");
}

function sriTest(input: ObservatoryInput): TestResult {
  const T = "subresource-integrity";
  const mime = (input.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (mime && mime !== "text/html" && mime !== "application/xhtml+xml") return result(T, "sri-not-implemented-response-not-html", true);
  const page = new URL(input.url);
  const tags = (input.body ?? "").match(/<script\b[^>]*>/gi) ?? [];
  let worst: string | null = null;
  const worse = (n: string) => {
    if (worst === null || SRI_BADNESS.indexOf(n) > SRI_BADNESS.indexOf(worst)) worst = n;
  };
  let foreign = false;
  for (const tag of tags) {
    const src = attribute(tag, "src");
    if (!src) continue;
    const integrity = attribute(tag, "integrity");
    const protocolRelative = /^\/\/[^/]/.test(src);
    const full = /^https?:\/\//i.test(src);
    const sameSite = protocolRelative || (full ? siteOf(new URL(src).hostname) === siteOf(page.hostname) : true);
    const relative = !protocolRelative && !full;
    const secureOrigin = relative || (sameSite && !protocolRelative);
    const secureScheme = (full && new URL(src).protocol === "https:") || (relative && page.protocol === "https:");
    if (!secureOrigin) {
      foreign = true;
      if (integrity && !secureScheme) worse("sri-implemented-but-external-scripts-not-loaded-securely");
      else if (!integrity && secureScheme) worse("sri-not-implemented-but-external-scripts-loaded-securely");
      else if (!integrity) worse("sri-not-implemented-and-external-scripts-not-loaded-securely");
    } else if (integrity && secureScheme && worst === null) {
      worst = "sri-implemented-and-all-scripts-loaded-securely";
    }
  }
  let name: string;
  if (tags.length === 0) name = "sri-not-implemented-but-no-scripts-loaded";
  else name = worst ?? (foreign ? "sri-implemented-and-external-scripts-loaded-securely" : "sri-not-implemented-but-all-scripts-loaded-from-secure-origin");
  const passing = [
    "sri-implemented-and-all-scripts-loaded-securely",
    "sri-implemented-and-external-scripts-loaded-securely",
    "sri-not-implemented-response-not-html",
    "sri-not-implemented-but-all-scripts-loaded-from-secure-origin",
    "sri-not-implemented-but-no-scripts-loaded",
  ];
  return result(T, name, passing.includes(name));
}

function xctoTest(input: ObservatoryInput): TestResult {
  const T = "x-content-type-options";
  const raw = input.headers.get("x-content-type-options");
  if (raw === null) return result(T, "x-content-type-options-not-implemented", false);
  return raw.trim().toLowerCase() === "nosniff" ? result(T, "x-content-type-options-nosniff", true) : result(T, "x-content-type-options-header-invalid", false);
}

function xfoTest(input: ObservatoryInput, csp: Csp | null): TestResult {
  const T = "x-frame-options";
  // frame-ancestors in the CSP supersedes the header.
  if (csp?.has("frame-ancestors")) return result(T, "x-frame-options-implemented-via-csp", true);
  const raw = input.headers.get("x-frame-options")?.slice(0, 1024).trim().toLowerCase();
  if (raw === undefined) return result(T, "x-frame-options-not-implemented", false);
  if (raw === "deny" || raw === "sameorigin") return result(T, "x-frame-options-sameorigin-or-deny", true);
  if (raw.startsWith("allow-from")) return result(T, "x-frame-options-allow-from-origin", true);
  return result(T, "x-frame-options-header-invalid", false);
}

function corpTest(input: ObservatoryInput): TestResult {
  const T = "cross-origin-resource-policy";
  const raw = input.headers.get("cross-origin-resource-policy")?.slice(0, 256).trim().toLowerCase();
  if (raw === undefined) return result(T, "corp-not-implemented", true);
  if (raw === "same-origin") return result(T, "corp-implemented-with-same-origin", true);
  if (raw === "same-site") return result(T, "corp-implemented-with-same-site", true);
  if (raw === "cross-origin") return result(T, "corp-implemented-with-cross-origin", true);
  return result(T, "corp-header-invalid", false);
}

/**
 * The Observatory's score and grade for one response. Like the Observatory, refuses a response
 * that is not 2xx (it scores only a page that loaded).
 *
 * @example scoreHeaders({ url: "https://khabar.example.org/", status: 200, headers, body }) // { score: 120, grade: "A+", tests: […] }
 */
export function scoreHeaders(input: ObservatoryInput): ObservatoryScore {
  if (input.status < 200 || input.status >= 300) throw new Error(`the Observatory scores 2xx responses only, got ${input.status}`);
  const { out: csp, csp: parsed } = cspTest(input);
  const hsts = hstsTest(input);
  const tests = [
    csp,
    cookiesTest(input, hsts.pass),
    corsTest(input),
    redirectionTest(input),
    referrerTest(input),
    hsts,
    sriTest(input),
    xctoTest(input),
    xfoTest(input, parsed),
    corpTest(input),
  ];
  let withBonus = 100;
  let uncurved = 100;
  for (const t of tests) {
    withBonus += t.modifier;
    if (t.modifier < 0) uncurved += t.modifier;
  }
  const score = Math.max(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? withBonus : uncurved, 0);
  return { score, grade: gradeFor(score), tests };
}

/** The report the Observatory's CLI prints: score, grade, then each test's modifier and result. */
export function formatScore(label: string, s: ObservatoryScore): string {
  const lines = [`${label}: score ${s.score} [${s.grade}]`];
  for (const t of s.tests) {
    const mod = `${t.modifier > 0 ? "+" : ""}${t.modifier}`.padStart(4);
    lines.push(`  [${mod}] ${t.test}: ${t.result}${t.assessed ? (t.pass ? "" : " (fail)") : " (not assessed)"}`);
  }
  return lines.join("\n");
}

import type { Rng } from "./rng";

/**
 * The token every markup payload carries right after a `<`. It is in no gazetteer name, article or
 * message of ours, so `<kfz7q` in a response can only be a payload the server echoed unescaped
 * (see reflection.ts). Lowercase ASCII letters and digits: it survives every id pattern's
 * character class, so payloads reach deep into handlers, not just their first check.
 */
export const MARKER = "kfz7q";

/** Markup payloads: each is or holds `<kfz7q…` in a form a careless echo would keep. */
export const MARKUP = [
  `<${MARKER}>`,
  `<${MARKER} onerror=alert(1)>`,
  `"><${MARKER} x="`,
  `'><${MARKER} x='`,
  `</script><${MARKER}>`,
  `</title><${MARKER}>`,
  `</textarea><${MARKER}>`,
  `--><${MARKER}>`,
  `]]><${MARKER}>`,
  `<svg><${MARKER}/onload=alert(1)>`,
  `<${MARKER.toUpperCase()}>`,
  // percent-encoded once more: only a server that decodes twice would turn it into markup
  `%3C${MARKER}%3E`,
  `&lt;${MARKER}&gt;`,
  `\\u003c${MARKER}>`,
] as const;

/** Control and format characters: NUL, C0, DEL, C1, bidi overrides, zero widths, separators, BOM. */
export const CONTROL = ["\u0000", "\u0001", "\u0007", "\b", "\t", "\n", "\r", "\r\n", "\u000b", "\u001b", "\u007f", "\u0085", "\u009b", "\u200b", "\u200e", "\u202e", "\u2066", "\u2028", "\u2029", "\ufeff", "\ufffe", "\uffff"] as const;

/** Strings that other parsers choke on: SQL, FTS5 query syntax, JSON, regex, format strings. */
export const SYNTAX = [
  "' OR 1=1 --",
  '"; DROP TABLE articles; --',
  "a\" OR \"1\"=\"1",
  "NEAR(a b, 1)",
  'title:"x" AND NOT y*',
  "^*",
  "(((",
  ")))",
  "\\",
  "%s%s%n%x",
  "${7*7}",
  "{{7*7}}",
  "__proto__",
  "constructor",
  "[object Object]",
  "NaN",
  "-0",
  "1e309",
  "-1",
  "99999999999999999999",
  "0x1f",
  "null",
  "undefined",
  "true",
  "[]",
  "{}",
] as const;

/** Arabic and other scripts the app must take as text: words, digits, presentation forms, emoji. */
export const TEXT = ["طرابلس", "مصراتة", "بنغازي", "سرت", "طائرة مسيرة", "٢٠٢٠-٠٦", "ﻃﺮﺍﺑﻠﺲ", "مَصْرَاتَة", "ـــ", "Misrata", "tripoli", "😀", "𝕏", "\ud800", "\udfff"] as const;

/** Raw percent-encodings that do not decode to UTF-8 (or do not decode at all). Sent as written. */
export const BAD_PERCENT = ["%", "%%", "%zz", "%4", "%ff", "%fe%ff", "%C0%AF", "%E0%A4%A", "%ED%A0%80", "%F4%90%80%80", "%F8%88%80%80%80", "%80", "%uD800", "%u0041", "%%32%65", "%2", "%C3%28", "%00"] as const;

/** Traversal spellings, raw and encoded, forward and back slashes. Sent as written. */
export const TRAVERSAL = [
  "..",
  ".",
  "../..",
  "../../../../etc/passwd",
  "..%2f..%2f..%2fetc%2fpasswd",
  "%2e%2e%2f%2e%2e%2fpackage.json",
  "%2e%2e/%2e%2e/package.json",
  "..%5c..%5cpackage.json",
  "..\\..\\package.json",
  "....//....//etc/passwd",
  "%252e%252e%252fpackage.json",
  "..%c0%af..%c0%afetc%c0%afpasswd",
  ".env",
  ".git/config",
  "data/khabar.db",
  "node_modules/next/package.json",
] as const;

/** Any string of the kinds above, or random code units, or a mix, as a decoded value. */
export function hostileText(r: Rng): string {
  return r.weighted<() => string>([
    [4, () => r.pick(MARKUP)],
    [2, () => `${r.pick(TEXT)}${r.pick(MARKUP)}${r.pick(CONTROL)}`],
    [2, () => r.pick(CONTROL).repeat(r.int(1, 4))],
    [2, () => r.pick(SYNTAX)],
    [2, () => r.pick(TEXT)],
    [1, () => r.pick(TRAVERSAL)],
    [1, () => String.fromCharCode(...Array.from({ length: r.int(1, 24) }, () => r.int(0, 0xffff)))],
    [1, () => ""],
    [1, () => " ".repeat(r.int(1, 5))],
  ])();
}

/** A length that lands on both sides of the request limits: a page's 2000, the API's 4096, the URL's 12,288. */
export function hugeLength(r: Rng): number {
  return r.pick([101, 1999, 2001, 4096, 4097, 6000, 10_000, 12_300, 14_000, 20_000]);
}

/** A long value whose content is itself hostile (a payload repeated), so the echo check still bites. */
export function hugeText(r: Rng): string {
  const unit = r.chance(0.5) ? `${r.pick(MARKUP)}${r.pick(TEXT)}` : r.pick(["a", "ب", "%", "&", "=", "\u202e"]);
  const n = hugeLength(r);
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

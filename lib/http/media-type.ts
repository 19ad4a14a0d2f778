/**
 * True when a Content-Type header names JSON: application/json, any parameters (charset) allowed,
 * case-insensitive. A charset other than UTF-8 is refused (RFC 8259 JSON is UTF-8).
 *
 * @example isJsonContentType("Application/JSON; charset=utf-8") // true
 */
export function isJsonContentType(header: string | null): boolean {
  if (!header) return false;
  const [type, ...params] = header.split(";").map((s) => s.trim().toLowerCase());
  if (type !== "application/json") return false;
  for (const p of params) {
    const [k, v] = p.split("=").map((s) => s.trim().replace(/^"|"$/g, ""));
    if (k === "charset" && v !== "utf-8" && v !== "utf8") return false;
  }
  return true;
}

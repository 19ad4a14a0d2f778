import { MARKER } from "./payloads";

/**
 * Whether a response echoes one of the fuzzer's markup payloads in a form a browser would run.
 * Every markup payload carries `<kfz7q` (payloads.ts), and the token appears in nothing the app
 * serves on its own, so "reflected" is decided on what a response can do with it:
 *
 * - **HTML, and any body that is not JSON** (text/html, text/plain, CSV, a missing type): the
 *   characters `<kfz7q` anywhere in it, in any case. In HTML that is an element the payload
 *   opened; React, our refusal page and Next's inline flight data escape `<` (`&lt;`, `\u003c`),
 *   so no escaped echo matches, whether in text, an attribute or a script.
 * - **JSON** (application/json, application/…+json): a value our JSON errors quote
 *   (`unknown place "<kfz7q>"`) is data in a string, which a browser never renders from a JSON
 *   response served with nosniff; that is allowed. Reflected is: the body does not parse as JSON
 *   and holds the marker (the payload broke out of the serializer), or the marker is an object key
 *   (an echo that shaped the structure).
 * - **Headers**: `<kfz7q` in any response header value (decoded input echoed into Location,
 *   Content-Disposition, Set-Cookie…). A percent-encoded echo (a redirect's `%3Ckfz7q`) is not.
 *
 * Returns why, or undefined when nothing is reflected.
 *
 * @example findReflection("text/html", "<p>&lt;kfz7q&gt;</p>", {}) // undefined
 * @example findReflection("text/html", "<p><kfz7q></p>", {}) // 'text/html body echoes "<kfz7q" unescaped …'
 */
export function findReflection(contentType: string | undefined, body: string, headers: Record<string, string | string[] | undefined>): string | undefined {
  const needle = new RegExp(`<${MARKER}`, "i");
  for (const [name, value] of Object.entries(headers)) {
    const v = Array.isArray(value) ? value.join(", ") : (value ?? "");
    if (needle.test(v)) return `header ${name} echoes "<${MARKER}": ${v.slice(0, 200)}`;
  }
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (/^application\/(?:[\w.-]+\+)?json$/.test(type)) {
    if (!new RegExp(MARKER, "i").test(body) || body.trim() === "") return undefined;
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      return `${type} body is not JSON and holds the marker: ${around(body, body.search(new RegExp(MARKER, "i")))}`;
    }
    const key = markedKey(parsed);
    return key === undefined ? undefined : `${type} body has the marker as an object key: ${JSON.stringify(key).slice(0, 200)}`;
  }
  const at = body.search(needle);
  return at < 0 ? undefined : `${type || "untyped"} body echoes "<${MARKER}" unescaped: ${around(body, at)}`;
}

function around(s: string, at: number): string {
  return JSON.stringify(s.slice(Math.max(0, at - 60), at + 60));
}

/** The first object key, at any depth, that holds the marker. Iterative: a fuzzed body may nest deeply. */
function markedKey(value: unknown): string | undefined {
  const token = new RegExp(MARKER, "i");
  const stack: unknown[] = [value];
  while (stack.length) {
    const v = stack.pop();
    if (v === null || typeof v !== "object") continue;
    if (Array.isArray(v)) {
      stack.push(...v);
      continue;
    }
    for (const [k, child] of Object.entries(v)) {
      if (token.test(k)) return k;
      stack.push(child);
    }
  }
  return undefined;
}

// Characters XML 1.0 forbids (controls other than tab/newline/CR, lone surrogates, U+FFFE/FFFF):
// a renderer would reject the whole document, so they are dropped rather than escaped.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/**
 * Text made safe for XML element content and attribute values.
 *
 * @example escapeXml(`<script>"Tom & Jerry"</script>`) // → "&lt;script&gt;&quot;Tom &amp; Jerry&quot;&lt;/script&gt;"
 */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

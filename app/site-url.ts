/**
 * The public origin of the site, for absolute links in shared-page metadata (Open Graph and
 * Twitter cards need absolute image URLs). Set KHABAR_SITE_URL (or NEXT_PUBLIC_SITE_URL) to the
 * deployed origin, e.g. https://khabar.example.org; the default suits `npm start` on this machine.
 *
 * @example siteUrl() // → URL("http://localhost:3000/") when nothing is configured
 */
export function siteUrl(): URL {
  const raw = process.env.KHABAR_SITE_URL?.trim() || process.env.NEXT_PUBLIC_SITE_URL?.trim() || "http://localhost:3000";
  try {
    const url = new URL(raw);
    if (url.protocol === "http:" || url.protocol === "https:") return url;
  } catch {
    // fall through: a malformed setting must not break every page
  }
  return new URL("http://localhost:3000");
}

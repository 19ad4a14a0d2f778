"use client";

/**
 * Copies text to the clipboard: the async Clipboard API where the page may use it, else a
 * selected off-screen textarea and execCommand("copy") (older browsers, non-secure origins).
 * Resolves true when one of them reported success. Focus goes back where it was (the button a
 * keyboard user pressed), not to the page's start.
 *
 * @example if (await copyText(location.href)) announce("Link copied");
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not a secure context: fall through to the old way.
  }
  const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.insetInlineStart = "-9999px";
  document.body.appendChild(area);
  area.select();
  let ok = false;
  try {
    ok = document.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  before?.focus({ preventScroll: true });
  return ok;
}

/** The absolute URL of a view's href on this site. @example absoluteUrl("/?p=sirte") // "http://host/?p=sirte" */
export function absoluteUrl(href: string): string {
  return new URL(href, window.location.origin).href;
}

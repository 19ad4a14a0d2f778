// The "what happened" parts of a place marker, added to the element Leaflet builds outside React
// (components/place-icon): an arc whose length is the combat share and a badge with the glyph of
// the most reported event. Their meaning is in the legend and in the marker's description.
import type { Lang } from "@/lib/url-state";
import { eventLook, rolesSummary, ROLE_GLYPHS, type RoleCounts } from "./event-style";

/**
 * Adds the event ring and badge to a marker element and describes its roles (title: a tooltip
 * for the eye, the accessible description beside the aria-label name). Data attributes carry
 * the look for styles and tests. Nothing is added when the place has no role counts.
 */
export function decorateEventMarker(el: HTMLElement, roles: RoleCounts | undefined, lang: Lang): void {
  // Leaflet may hand back the element of the icon this one replaces: start from a clean one.
  delete el.dataset.role;
  delete el.dataset.combatShare;
  el.removeAttribute("title");
  const look = eventLook(roles);
  if (!look || !roles) return;
  el.dataset.role = look.dominant;
  el.dataset.combatShare = String(Math.round(look.combatShare * 100));
  el.title = rolesSummary(roles, lang);
  if (look.combatShare > 0) {
    const ring = el.ownerDocument.createElement("span");
    ring.className = "event-ring";
    ring.setAttribute("aria-hidden", "true");
    // CSSOM, not a style attribute: allowed by the page's Content-Security-Policy.
    ring.style.setProperty("--combat-share", `${(look.combatShare * 100).toFixed(1)}%`);
    el.append(ring);
  }
  if (look.dominant !== "reference") {
    const badge = el.ownerDocument.createElement("span");
    badge.className = `event-badge event-badge--${look.dominant}`;
    badge.setAttribute("aria-hidden", "true");
    // Drawn by CSS from the attribute, so the marker's text stays its count alone.
    badge.dataset.glyph = ROLE_GLYPHS[look.dominant];
    el.append(badge);
  }
}

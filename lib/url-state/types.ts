/** The side panel's tabs, or "closed" when it is folded away. */
export const PANELS = ["places", "articles", "sources", "countries", "closed"] as const;
export type Panel = (typeof PANELS)[number];

export const LANGS = ["ar", "en"] as const;

/** What a sentence reports at a place (../shared/EVENTS.md), and the kinds of combat. */
export const ROLES = ["combat", "military", "civil", "reference"] as const;
export type Role = (typeof ROLES)[number];
export const COMBAT_KINDS = ["clash", "strike", "control"] as const;
export type CombatKind = (typeof COMBAT_KINDS)[number];
export type Lang = (typeof LANGS)[number];

/**
 * Everything a person sees, as carried by the query string (DESIGN.md "URL state").
 * Every field is optional: a missing field means "the default" (see DEFAULT_VIEW).
 * Dates are ISO calendar days, yyyy-mm-dd (a yyyy-mm month is accepted in URLs and widened).
 */
export type MapViewState = {
  center?: { lat: number; lon: number };
  zoom?: number;
  /** gazetteer place id, e.g. "misrata" */
  place?: string;
  /** mention id `${articleId}:${start}`, e.g. "002:161" (its popup is open at that quote) */
  mention?: string;
  panel?: Panel;
  /** article ids the map is narrowed to, sorted and unique, e.g. ["002", "004"] */
  articles?: string[];
  from?: string;
  to?: string;
  /** outlet names the map is narrowed to, sorted and unique, e.g. ["Al Wasat", "بوابة الوسط"] */
  sources?: string[];
  /** the topic: words every kept mention's sentence holds (lib/explore/topic-query), e.g. "طائرة مسيرة" */
  what?: string;
  /** only mentions of these roles, in ROLES order, e.g. ["combat"] (none: every role) */
  roles?: Role[];
  /** only combat mentions of these kinds, in COMBAT_KINDS order, e.g. ["strike"] (none: no such narrowing) */
  kinds?: CombatKind[];
  /** place search text */
  q?: string;
  lang?: Lang;
};

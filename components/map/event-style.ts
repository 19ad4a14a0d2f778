// A place's look from what its mentions report (lib/events roles), readable without colour: the
// combat share is the length of an arc round the marker, and the most reported event is a glyph
// of its own shape on a badge. Pure, so the marker, the legend and the tests agree.
import type { CombatKind, Lang, Role } from "@/lib/url-state";
import { EVENT_LABELS, ROLE_NAMES } from "../i18n/event-strings";

/** Mentions per role (lib/corpus/view PlaceCount.roles, lib/explore/timeline bins). */
export type RoleCounts = { combat: number; military: number; civil: number; reference: number };

/** The roles that report an event, most severe first: the order ties are broken in. */
const EVENT_ROLES = ["combat", "military", "civil"] as const;
/** Every role, as the timeline stacks them from the bottom and the tooltips list them. */
export const ROLE_ORDER: readonly Role[] = ["combat", "military", "civil", "reference"];

/** One glyph per role, each a different shape (✕ cross, ▲ triangle, ● disc); a reference has none. */
export const ROLE_GLYPHS: Record<Role, string> = { combat: "✕", military: "▲", civil: "●", reference: "" };

export type EventLook = {
  /** the most reported event at the place (combat, military or civil), or "reference" when none is */
  dominant: Role;
  /** combat mentions over all mentions, 0…1 */
  combatShare: number;
  total: number;
};

/**
 * What a place's marker shows of its roles. The dominant role is taken among the events only:
 * most places are named far more often than anything happens there (a locator, an origin), and
 * a strike among five references is still what the reader needs to see. Ties go to the more
 * severe role. Undefined when the counts are missing or all zero.
 *
 * @example eventLook({ combat: 2, military: 0, civil: 1, reference: 5 }) // → { dominant: "combat", combatShare: 0.25, total: 8 }
 * @example eventLook({ combat: 0, military: 0, civil: 0, reference: 7 }) // → { dominant: "reference", combatShare: 0, total: 7 }
 */
export function eventLook(roles: RoleCounts | undefined): EventLook | undefined {
  if (!roles) return undefined;
  const total = roles.combat + roles.military + roles.civil + roles.reference;
  if (total <= 0) return undefined;
  let dominant: Role = "reference";
  for (const r of EVENT_ROLES) if (roles[r] > 0 && (dominant === "reference" || roles[r] > roles[dominant])) dominant = r;
  return { dominant, combatShare: roles.combat / total, total };
}

/** A count as a figure for reading: whole numbers as they are, fractions (timeline bins) to one decimal. */
function figure(n: number): string {
  return String(Math.round(n * 10) / 10);
}

/**
 * The roles with any mention, in ROLE_ORDER, as a short line: a marker's description and a
 * timeline bar's tooltip.
 *
 * @example rolesSummary({ combat: 4, military: 0, civil: 1, reference: 2 }, "en") // → "Combat 4 · Civil events 1 · Only named 2"
 * @example rolesSummary({ combat: 4, military: 0, civil: 0, reference: 0 }, "ar") // → "قتال: 4"
 */
export function rolesSummary(roles: RoleCounts, lang: Lang): string {
  return ROLE_ORDER.filter((r) => roles[r] > 0)
    .map((r) => (lang === "ar" ? `${ROLE_NAMES[r].ar}: ${figure(roles[r])}` : `${ROLE_NAMES[r].en} ${figure(roles[r])}`))
    .join(lang === "ar" ? " · " : " · ");
}

/** A quote's event as the mentions API gives it (role and kind are strings there). */
export type QuoteEvent = { role: string; kind?: string; cue?: [number, number] };

const isRole = (s: string): s is Role => s in ROLE_GLYPHS;
const isKind = (s: string): s is CombatKind => s === "clash" || s === "strike" || s === "control";

/**
 * The small label of a quote ("strike", "talks"…) and its glyph: the combat kind when there is
 * one, else the role. Undefined for a label this interface does not know (a newer server).
 *
 * @example eventLabel({ role: "combat", kind: "strike" }, "en") // → { role: "combat", text: "strike", glyph: "✕" }
 */
export function eventLabel(event: QuoteEvent | undefined, lang: Lang): { role: Role; text: string; glyph: string } | undefined {
  if (!event || !isRole(event.role)) return undefined;
  const key = event.role === "combat" && event.kind && isKind(event.kind) ? event.kind : event.role;
  return { role: event.role, text: EVENT_LABELS[key][lang], glyph: ROLE_GLYPHS[event.role] };
}

/**
 * Where a quote's cue falls in its excerpt: cue offsets are into the article, the excerpt starts
 * `mention.start - highlightStart` characters before the name. Undefined when there is no cue or
 * it is not wholly inside the excerpt (a trimmed quote), so nothing is underlined wrongly.
 *
 * @example cueInExcerpt({ start: 50, excerpt: { text: "قصفت الطائرات مطار معيتيقة", highlightStart: 14 } }, [36, 40]) // → { start: 0, end: 4 }
 */
export function cueInExcerpt(
  mention: { start: number; excerpt: { text: string; highlightStart: number } },
  cue: [number, number] | undefined,
): { start: number; end: number } | undefined {
  if (!cue) return undefined;
  const shift = mention.excerpt.highlightStart - mention.start;
  const start = cue[0] + shift;
  const end = cue[1] + shift;
  if (start < 0 || end > mention.excerpt.text.length || end <= start) return undefined;
  return { start, end };
}

/**
 * Cuts runs of a quote (components/quote-marks) again at the cue's edges, the runs inside it
 * flagged `cue`; the runs still cover the text exactly once and keep their marks.
 *
 * @example splitAtCue([{ text: "قصفت الطائرات " }, { text: "سرت", mark: "place" }], { start: 0, end: 4 })
 *   // → [{ text: "قصفت", cue: true }, { text: " الطائرات " }, { text: "سرت", mark: "place" }]
 */
export function splitAtCue<S extends { text: string }>(segments: readonly S[], cue: { start: number; end: number } | undefined): (S & { cue?: true })[] {
  if (!cue) return [...segments];
  const out: (S & { cue?: true })[] = [];
  let at = 0;
  for (const s of segments) {
    const from = at;
    const to = at + s.text.length;
    at = to;
    const a = Math.max(from, cue.start);
    const b = Math.min(to, cue.end);
    if (b <= a) {
      out.push(s);
      continue;
    }
    if (a > from) out.push({ ...s, text: s.text.slice(0, a - from) });
    out.push({ ...s, text: s.text.slice(a - from, b - from), cue: true });
    if (b < to) out.push({ ...s, text: s.text.slice(b - from) });
  }
  return out;
}

/**
 * The role counts of several places added up (a cluster's look), or undefined when none has any.
 *
 * @example sumRoles([{ roles: { combat: 1, military: 0, civil: 0, reference: 2 } }, {}]) // → { combat: 1, military: 0, civil: 0, reference: 2 }
 */
export function sumRoles(places: readonly { roles?: RoleCounts }[]): RoleCounts | undefined {
  let out: RoleCounts | undefined;
  for (const p of places) {
    if (!p.roles) continue;
    out ??= { combat: 0, military: 0, civil: 0, reference: 0 };
    for (const r of ROLE_ORDER) out[r] += p.roles[r];
  }
  return out;
}

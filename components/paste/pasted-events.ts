// The pasted (unsaved) article under the role filter: its mentions labelled in the browser by
// lib/events (as the analyzer labels a saved article's), its quotes and counts narrowed by role
// and kind by the server's rule, and its role counts added to the places it shares with the
// server's view, so its markers look like those of saved articles.
import type { PastedIndex } from "@/lib/corpus/index-pasted";
import { mergePastedView, pastedQuotes, type ShownPlace, type ShownView, type ViewFilter } from "@/lib/corpus/merge-pasted";
import type { QuotedMention } from "@/lib/corpus/mentions-page";
import type { CorpusView } from "@/lib/corpus/view";
import { labelMentions } from "@/lib/events";
import { eventKept, isNarrowed, type EventChoice } from "../view-state/event-filter";
import type { RoleCounts } from "../map/event-style";

/**
 * The index with each quote's event (role, kind, cue) as lib/events labels it. The labeller sees
 * every mention of the text at once, in text order, as the analyzer calls it: a place listed
 * after another («سرت والجفرة») takes the label of the one before.
 *
 * @example labelPastedIndex(index, (id) => gazetteer.byId.get(id)?.kind).mentionsByPlace.get("sirte")?.[0]?.event
 *   // → { role: "combat", kind: "strike", cue: [0, 4] }
 */
export function labelPastedIndex(index: PastedIndex, placeKind: (id: string) => string | undefined): PastedIndex {
  const all = [...index.mentionsByPlace.values()].flat().sort((a, b) => a.start - b.start);
  const events = labelMentions(
    index.text,
    all.map((m) => ({ start: m.start, end: m.end, placeId: m.placeId, kind: placeKind(m.placeId) })),
  );
  const byId = new Map(all.map((m, i) => [m.id, events[i]!]));
  const mentionsByPlace = new Map<string, QuotedMention[]>();
  for (const [placeId, list] of index.mentionsByPlace) {
    mentionsByPlace.set(
      placeId,
      list.map((m) => {
        const e = byId.get(m.id);
        return e ? { ...m, event: { role: e.role, ...(e.kind ? { kind: e.kind } : {}), ...(e.cue ? { cue: e.cue } : {}) } } : m;
      }),
    );
  }
  return { ...index, mentionsByPlace };
}

/**
 * The index with only the mentions the role and kind choice keeps; places left with none are
 * dropped. The same index when nothing is narrowed, so merging stays as cheap as before.
 */
export function pastedUnderEvents(index: PastedIndex | null, choice: EventChoice): PastedIndex | null {
  if (!index || !isNarrowed(choice)) return index;
  const mentionsByPlace = new Map<string, QuotedMention[]>();
  for (const [placeId, list] of index.mentionsByPlace) {
    const kept = list.filter((m) => eventKept(m.event, choice));
    if (kept.length > 0) mentionsByPlace.set(placeId, kept);
  }
  return { ...index, places: index.places.filter((p) => mentionsByPlace.has(p.id)), mentionsByPlace };
}

const ZERO: RoleCounts = { combat: 0, military: 0, civil: 0, reference: 0 };

/** Quotes per role (an unlabelled one counts as a reference, as the store codes it). */
function pastedRoles(list: readonly QuotedMention[]): RoleCounts {
  const out = { ...ZERO };
  for (const m of list) {
    const role = m.event?.role;
    if (role === "combat" || role === "military" || role === "civil") out[role]++;
    else out.reference++;
  }
  return out;
}

/**
 * The places of a merged view (lib/corpus/merge-pasted) with the pasted mentions in their role
 * counts: mergePastedView adds them to `count` (as `unsaved`) but not to `roles`. `keptQuotes`
 * gives a place's pasted quotes under the view's filter (merge-pasted's pastedQuotes over the
 * index already under the role filter): the same `unsaved` mentions the count holds.
 */
export function withPastedRoles(places: ShownPlace[], index: PastedIndex | null, keptQuotes: (placeId: string) => readonly QuotedMention[]): ShownPlace[] {
  if (!index) return places;
  return places.map((p) => {
    const n = p.unsaved ?? 0;
    if (n <= 0) return p;
    const mine = pastedRoles(keptQuotes(p.id).slice(0, n));
    const base = p.roles ?? ZERO;
    return {
      ...p,
      roles: {
        combat: base.combat + mine.combat,
        military: base.military + mine.military,
        civil: base.civil + mine.civil,
        reference: base.reference + mine.reference,
      },
    };
  });
}

/**
 * mergePastedView under the role and kind filter too, the pasted mentions in the places' role
 * counts: what the map page draws.
 *
 * @example mergePastedWithEvents(view, index, { roles: ["combat"] }).places // the pasted combat places, with their roles
 */
export function mergePastedWithEvents(view: CorpusView, index: PastedIndex | null, filter: ViewFilter & EventChoice): ShownView {
  const kept = pastedUnderEvents(index, filter);
  const merged = mergePastedView(view, kept, filter);
  if (!kept) return merged;
  return { ...merged, places: withPastedRoles(merged.places, kept, (id) => pastedQuotes(kept, id, filter)) };
}

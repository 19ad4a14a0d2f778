import { findCues } from "./cues";
import { labelMentions } from "./solve";
import type { MentionEvent, MentionInput } from "./types";
import { words } from "./words";

/**
 * Test helper: the spans of the names, searched left to right (a name after ":" gives the place
 * kind, "ليبيا:country"), as a geoparser would give them. Example: spans("قصف سرت", "سرت") →
 * [{start:4, end:7, placeId:"سرت"}].
 */
export function spans(text: string, ...names: string[]): MentionInput[] {
  let from = 0;
  return names.map((n) => {
    const [name, kind] = n.split(":") as [string, string | undefined];
    const start = text.indexOf(name, from);
    if (start < 0) throw new Error(`no ${name} after ${from} in ${text}`);
    from = start + name.length;
    return { start, end: from, placeId: name, ...(kind ? { kind } : {}) };
  });
}

/** Test helper: labels as "combat/strike", "civil", "reference"…, one per name. */
export function labels(text: string, ...names: string[]): string[] {
  return labelMentions(text, spans(text, ...names)).map(show);
}

/** "combat/kind" for combat, else the role. */
export function show(e: MentionEvent): string {
  return e.role === "combat" ? `combat/${e.kind}` : e.role;
}

/** Test helper: each cue found in the text, as "words=role[/kind]". */
export function cuesIn(text: string): string[] {
  return findCues(text, words(text)).map((c) => `${text.slice(c.start, c.end)}=${c.role}${c.kind ? "/" + c.kind : ""}`);
}

/** The four roles of EVENTS.md: what the sentence reports at the place. */
export type EventRole = "combat" | "military" | "civil" | "reference";
/** The combat kinds of EVENTS.md, only for `combat`. */
export type CombatKind = "clash" | "strike" | "control";
/** The label of one mention: its role, the combat kind, and the cue span [start, end) in the text. */
export type MentionEvent = { role: EventRole; kind?: CombatKind; cue?: [number, number] };
/** What labelMentions needs of a mention: its span, and (optionally) the place kind ("country"…). */
export type MentionInput = { start: number; end: number; placeId: string; kind?: string };

/**
 * A cue word family entry: the role it reports and, for combat, the kind. `tag` names the
 * sub-class some rules look at: "advance" (تقدم), "pursuit", "arrival", "visit", "order",
 * "conference" (a name head that can also report a meeting), "transfer", "spread" (امتدت: the
 * event before it reached the place). `towardOnly`: the cue labels only a place it moves toward.
 */
export type CueSense = { role: Exclude<EventRole, "reference">; kind?: CombatKind; tag?: string; towardOnly?: boolean };

/** A cue found in the text: its sense, token range [first, last] and character span. */
export type Cue = CueSense & { first: number; last: number; start: number; end: number; future: boolean };

/**
 * lib/events: what happened at each place a text names (EVENTS.md): its role (combat, military,
 * civil, reference), the combat kind and the cue words, from the mention's own sentence.
 * Pure TypeScript over lib/arabic, so it runs in the browser as well as in the CLI.
 */
export { labelMentions } from "./solve";
export type { CombatKind, EventRole, MentionEvent, MentionInput } from "./types";

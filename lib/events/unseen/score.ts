import type { EventRole } from "../types";

const ROLES: readonly EventRole[] = ["combat", "military", "civil", "reference"];

/** One scored mention: the expected and the predicted label ("combat/strike", "civil"…). */
export type Pair = { expected: { role: EventRole; kind?: string }; got: { role: EventRole; kind?: string } };

/**
 * Role accuracy, per-role F1 and their macro average over the four roles, and combat-kind
 * accuracy where both say combat: the figures ../shared/tools/events-eval.mjs prints.
 *
 * @example scoreRoles([{expected:{role:"civil"}, got:{role:"civil"}}]).accuracy // → 1
 */
export function scoreRoles(pairs: readonly Pair[]): {
  accuracy: number;
  macroF1: number;
  perRole: Record<EventRole, { p: number; r: number; f1: number }>;
  kindAccuracy: number;
} {
  const perRole = {} as Record<EventRole, { p: number; r: number; f1: number }>;
  for (const role of ROLES) {
    const tp = pairs.filter((x) => x.expected.role === role && x.got.role === role).length;
    const goldN = pairs.filter((x) => x.expected.role === role).length;
    const predN = pairs.filter((x) => x.got.role === role).length;
    // As events-eval: a role absent from both sides scores 1, absent from one side 0.
    const p = predN ? tp / predN : goldN ? 0 : 1;
    const r = goldN ? tp / goldN : predN ? 0 : 1;
    perRole[role] = { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  }
  const both = pairs.filter((x) => x.expected.role === "combat" && x.got.role === "combat");
  return {
    accuracy: pairs.length ? pairs.filter((x) => x.expected.role === x.got.role).length / pairs.length : 0,
    macroF1: ROLES.reduce((s, r) => s + perRole[r].f1, 0) / ROLES.length,
    perRole,
    kindAccuracy: both.length ? both.filter((x) => x.expected.kind === x.got.kind).length / both.length : 1,
  };
}

// The role and combat-kind filter as checkboxes show it, over the URL's `role` and `kind`
// (lib/url-state). The server reads `kind` as "only combat mentions of these kinds"
// (lib/store/count-index eventKept), so choosing kinds leaves combat alone: the checkboxes say so
// rather than showing a civil box ticked that the server would ignore.
import { COMBAT_KINDS, ROLES, type CombatKind, type Role } from "@/lib/url-state";

/** The event part of a view: undefined means every role, every kind. */
export type EventChoice = { roles?: Role[]; kinds?: CombatKind[] };

/** The roles a choice shows (every role for none; combat only once kinds are chosen). */
export function shownRoles(c: EventChoice): Set<Role> {
  if (c.kinds?.length) return new Set<Role>(["combat"]);
  return new Set<Role>(c.roles?.length ? c.roles : ROLES);
}

/** The combat kinds a choice shows: none when combat is not shown. */
export function shownKinds(c: EventChoice): Set<CombatKind> {
  if (!shownRoles(c).has("combat")) return new Set();
  return new Set<CombatKind>(c.kinds?.length ? c.kinds : COMBAT_KINDS);
}

/** The URL form of a set: in the list's own order, and undefined when it is the whole list. */
function written<T extends string>(all: readonly T[], set: ReadonlySet<T>): T[] | undefined {
  return set.size === all.length ? undefined : all.filter((x) => set.has(x));
}

/**
 * The choice with one role ticked or unticked. Unticking the last role changes nothing (an
 * empty choice would read back as "every role"); ticking another role beside combat drops the
 * kinds, since the server's kinds keep combat only.
 *
 * @example toggleRole({}, "reference", false) // → { roles: ["combat", "military", "civil"] }
 * @example toggleRole({ roles: ["combat"], kinds: ["strike"] }, "civil", true) // → { roles: ["combat", "civil"] }
 */
export function toggleRole(c: EventChoice, role: Role, on: boolean): EventChoice {
  const roles = shownRoles(c);
  if (on) roles.add(role);
  else roles.delete(role);
  if (roles.size === 0) return c;
  const keepKinds = c.kinds?.length && roles.size === 1 && roles.has("combat");
  return { roles: written(ROLES, roles), kinds: keepKinds ? c.kinds : undefined };
}

/**
 * The choice with one combat kind ticked or unticked. A narrower set of kinds keeps combat only
 * (written as role=combat too, so the URL says what the map shows); unticking the last kind
 * changes nothing.
 *
 * @example toggleKind({}, "control", false) // → { roles: ["combat"], kinds: ["clash", "strike"] }
 */
export function toggleKind(c: EventChoice, kind: CombatKind, on: boolean): EventChoice {
  const kinds = shownKinds(c);
  if (on) kinds.add(kind);
  else kinds.delete(kind);
  if (kinds.size === 0) return c;
  const narrowed = written(COMBAT_KINDS, kinds);
  if (!narrowed) return { roles: c.kinds?.length ? ["combat"] : c.roles, kinds: undefined };
  return { roles: ["combat"], kinds: narrowed };
}

/** Whether the choice narrows anything. */
export function isNarrowed(c: EventChoice): boolean {
  return Boolean(c.roles?.length || c.kinds?.length);
}

/** A mention's label as quotes carry it (lib/corpus/mentions-page QuotedMention.event). */
export type EventOfMention = { role: string; kind?: string } | undefined;

/**
 * Whether a mention passes the choice, by the server's rule: its role is chosen, and with kinds
 * it is combat of one of them. An unlabelled mention counts as a reference, as the store's
 * counting index codes it.
 *
 * @example eventKept({ role: "combat", kind: "strike" }, { kinds: ["clash"] }) // → false
 */
export function eventKept(event: EventOfMention, c: EventChoice): boolean {
  const role = event?.role ?? "reference";
  if (c.roles?.length && !(c.roles as readonly string[]).includes(role)) return false;
  if (!c.kinds?.length) return true;
  return role === "combat" && event?.kind !== undefined && (c.kinds as readonly string[]).includes(event.kind);
}

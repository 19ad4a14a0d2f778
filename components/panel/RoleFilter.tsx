"use client";
import { useId } from "react";
import { COMBAT_KINDS, ROLES, type CombatKind, type Lang, type Role } from "@/lib/url-state";
import { isNarrowed, shownKinds, shownRoles, toggleKind, toggleRole, type EventChoice } from "../view-state/event-filter";
import { ROLE_GLYPHS } from "../map/event-style";
import { et, KIND_NAMES, ROLE_HINTS, ROLE_NAMES } from "../i18n/event-strings";
import "../map/events.css";

export type RoleFilterProps = {
  lang: Lang;
  roles?: Role[];
  kinds?: CombatKind[];
  /** a new choice (undefined fields: every role, every kind) */
  onChoice: (choice: { roles?: Role[]; kinds?: CombatKind[] }) => void;
};

/**
 * The panel's filter by what happened: a checkbox per role, each with its glyph (as on the
 * markers) and what it covers (title and description), then a checkbox per combat kind. Everything ticked is the
 * default (no `role` or `kind` in the URL). Native checkboxes in fieldsets: keyboard and screen
 * readers get them for free.
 */
export function RoleFilter({ lang, roles, kinds, onChoice }: RoleFilterProps) {
  const id = useId();
  const choice: EventChoice = { roles, kinds };
  const onRoles = shownRoles(choice);
  const onKinds = shownKinds(choice);
  const emit = (c: EventChoice) => onChoice({ roles: c.roles, kinds: c.kinds });
  return (
    <fieldset className="role-filter" data-roles={[...onRoles].join(",")} data-kinds={[...onKinds].join(",")}>
      <legend>{et(lang, "filterTitle")}</legend>
      <ul className="role-filter-roles">
        {ROLES.map((role) => (
          <li key={role}>
            <label className="role-filter-role" title={ROLE_HINTS[role][lang]}>
              <input
                type="checkbox"
                name="role"
                value={role}
                checked={onRoles.has(role)}
                aria-describedby={`${id}-${role}`}
                onChange={(e) => emit(toggleRole(choice, role, e.target.checked))}
              />
              <span className={`event-glyph event-glyph--${role}`} aria-hidden="true">
                {ROLE_GLYPHS[role]}
              </span>
              {ROLE_NAMES[role][lang]}
            </label>
            {/* What the role covers: the hover title for the eye, the description for a screen reader. */}
            <span id={`${id}-${role}`} className="visually-hidden">
              {ROLE_HINTS[role][lang]}
            </span>
          </li>
        ))}
      </ul>
      <fieldset className="role-filter-kinds" disabled={!onRoles.has("combat")}>
        <legend className="role-filter-kinds-title">{et(lang, "filterKinds")}</legend>
        {COMBAT_KINDS.map((kind) => (
          <label key={kind} className="role-filter-kind">
            <input
              type="checkbox"
              name="kind"
              value={kind}
              checked={onKinds.has(kind)}
              onChange={(e) => emit(toggleKind(choice, kind, e.target.checked))}
            />
            {KIND_NAMES[kind][lang]}
          </label>
        ))}
        <span className="role-filter-hint">{et(lang, "kindsNote")}</span>
      </fieldset>
      {isNarrowed(choice) && (
        <button type="button" className="tool-button role-filter-all" onClick={() => onChoice({ roles: undefined, kinds: undefined })}>
          {et(lang, "showAll")}
        </button>
      )}
    </fieldset>
  );
}

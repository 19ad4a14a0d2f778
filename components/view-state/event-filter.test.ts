import { describe, expect, it } from "vitest";
import { parseViewState, writeViewState } from "@/lib/url-state";
import { eventKept, isNarrowed, shownKinds, shownRoles, toggleKind, toggleRole } from "./event-filter";

describe("the role filter's checkboxes", () => {
  it("shows every role and kind by default, and unticking one writes the rest", () => {
    expect([...shownRoles({})]).toEqual(["combat", "military", "civil", "reference"]);
    expect([...shownKinds({})]).toEqual(["clash", "strike", "control"]);
    expect(toggleRole({}, "reference", false)).toEqual({ roles: ["combat", "military", "civil"], kinds: undefined });
  });

  it("goes back to no filter once every role is ticked again", () => {
    const narrowed = toggleRole({}, "civil", false);
    expect(toggleRole(narrowed, "civil", true)).toEqual({ roles: undefined, kinds: undefined });
    expect(isNarrowed(toggleRole(narrowed, "civil", true))).toBe(false);
  });

  it("never empties the roles: unticking the last one changes nothing", () => {
    const combat = { roles: ["combat" as const] };
    expect(toggleRole(combat, "combat", false)).toBe(combat);
  });

  it("narrows to combat when kinds are chosen, as the server reads kinds", () => {
    const c = toggleKind({}, "control", false);
    expect(c).toEqual({ roles: ["combat"], kinds: ["clash", "strike"] });
    expect([...shownRoles(c)]).toEqual(["combat"]);
    expect(writeViewState(c)).toBe("role=combat&kind=clash,strike");
    // Ticking it again keeps combat only, the kinds no longer narrowing it.
    expect(toggleKind(c, "control", true)).toEqual({ roles: ["combat"], kinds: undefined });
    // The last kind cannot be unticked.
    const strike = { roles: ["combat" as const], kinds: ["strike" as const] };
    expect(toggleKind(strike, "strike", false)).toBe(strike);
  });

  it("drops the kinds when another role is ticked beside combat, and when combat goes", () => {
    const strikes = { roles: ["combat" as const], kinds: ["strike" as const] };
    expect(toggleRole(strikes, "civil", true)).toEqual({ roles: ["combat", "civil"], kinds: undefined });
    expect(shownKinds({ roles: ["civil"] }).size).toBe(0);
  });

  it("reads back from a shared URL as the same checkboxes", () => {
    const c = toggleKind(toggleRole({}, "military", false), "clash", false);
    const back = parseViewState(writeViewState(c));
    expect({ roles: back.roles, kinds: back.kinds }).toEqual(c);
  });
});

describe("eventKept: the server's rule, for the pasted article", () => {
  const strike = { role: "combat", kind: "strike" };
  it("keeps a mention whose role is chosen", () => {
    expect(eventKept(strike, { roles: ["combat"] })).toBe(true);
    expect(eventKept({ role: "civil" }, { roles: ["combat"] })).toBe(false);
    expect(eventKept({ role: "civil" }, {})).toBe(true);
  });
  it("with kinds keeps only combat of those kinds", () => {
    expect(eventKept(strike, { kinds: ["strike"] })).toBe(true);
    expect(eventKept(strike, { kinds: ["clash"] })).toBe(false);
    expect(eventKept({ role: "civil" }, { roles: ["combat", "civil"], kinds: ["strike"] })).toBe(false);
    expect(eventKept({ role: "combat" }, { kinds: ["strike"] })).toBe(false);
  });
  it("counts an unlabelled mention as a reference", () => {
    expect(eventKept(undefined, { roles: ["reference"] })).toBe(true);
    expect(eventKept(undefined, { roles: ["combat"] })).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { decorateEventMarker } from "./event-marker";

function markerElement(): HTMLElement {
  const { document } = parseHTML('<div class="place-marker"><span class="place-marker-count">6</span></div>');
  return document.querySelector(".place-marker") as unknown as HTMLElement;
}

describe("decorateEventMarker", () => {
  it("draws the combat arc and the badge of the dominant event, and describes the roles", () => {
    const el = markerElement();
    decorateEventMarker(el, { combat: 2, military: 0, civil: 1, reference: 5 }, "en");
    expect(el.dataset.role).toBe("combat");
    expect(el.dataset.combatShare).toBe("25");
    expect(el.getAttribute("title")).toBe("Combat 2 · Civil events 1 · Only named 5");
    expect(el.querySelector(".event-ring")?.getAttribute("aria-hidden")).toBe("true");
    expect(el.querySelector<HTMLElement>(".event-badge--combat")?.dataset.glyph).toBe("✕");
    expect(el.textContent).toBe("6");
  });

  it("draws no arc without combat and no badge where the place is only named", () => {
    const el = markerElement();
    decorateEventMarker(el, { combat: 0, military: 0, civil: 0, reference: 7 }, "ar");
    expect(el.dataset.role).toBe("reference");
    expect(el.querySelector(".event-ring")).toBeNull();
    expect(el.querySelector(".event-badge")).toBeNull();
    expect(el.getAttribute("title")).toBe("ذِكر فقط: 7");
  });

  it("clears a reused element's old look when the counts are gone", () => {
    const el = markerElement();
    decorateEventMarker(el, { combat: 1, military: 0, civil: 0, reference: 0 }, "en");
    decorateEventMarker(el, undefined, "en");
    expect(el.dataset.role).toBeUndefined();
    expect(el.hasAttribute("title")).toBe(false);
  });
});

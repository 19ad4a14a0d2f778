import { describe, expect, it } from "vitest";
import { isDefaultView } from "./is-default-view";
import { resolveViewState } from "./resolve-view-state";
import { DEFAULT_VIEW } from "./defaults";

describe("isDefaultView / resolveViewState", () => {
  it("treats fields equal to their defaults as unset", () => {
    expect(isDefaultView({})).toBe(true);
    expect(isDefaultView({ ...DEFAULT_VIEW })).toBe(true);
    expect(isDefaultView({ place: "sirte" })).toBe(false);
    expect(isDefaultView({ zoom: 6 })).toBe(false);
    expect(isDefaultView({ articles: [] })).toBe(true);
  });

  it("resolveViewState fills the map fields and keeps the rest", () => {
    expect(resolveViewState({ zoom: 9, place: "sirte" })).toEqual({
      center: { lat: 27, lon: 17.5 },
      zoom: 9,
      panel: "places",
      lang: "en",
      place: "sirte",
    });
  });

  it("opens on Libya", () => {
    const { center } = resolveViewState({});
    expect(center.lat).toBeGreaterThan(19.5);
    expect(center.lat).toBeLessThan(33.5);
    expect(center.lon).toBeGreaterThan(9.3);
    expect(center.lon).toBeLessThan(25.2);
  });
});

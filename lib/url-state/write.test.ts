import { describe, expect, it } from "vitest";
import { writeViewState, viewHref } from "./write";
import { DEFAULT_VIEW } from "./defaults";

describe("writeViewState", () => {
  it("writes the short readable form in a fixed key order, whatever the object's order", () => {
    const s = writeViewState({
      lang: "ar",
      to: "2020-07-31",
      articles: ["004", "002"],
      mention: "002:161",
      place: "misrata",
      zoom: 9,
      center: { lat: 32.3746, lon: 15.0906 },
      panel: "articles",
      from: "2020-06-01",
      q: "abu qurain",
    });
    expect(s).toBe(
      "c=32.3746,15.0906&z=9&p=misrata&m=002:161&panel=articles&a=002,004&from=2020-06-01&to=2020-07-31&q=abu%20qurain&lang=ar",
    );
  });

  it("leaves defaults and empty fields out", () => {
    expect(writeViewState({})).toBe("");
    expect(writeViewState({ ...DEFAULT_VIEW, articles: [] })).toBe("");
    expect(writeViewState({ zoom: 5, place: "sirte" })).toBe("p=sirte");
  });

  it("leaves out a default view: a bare URL opens on Libya, in its zoom range", () => {
    const { center, zoom } = DEFAULT_VIEW;
    expect(center.lat).toBeGreaterThan(19.5);
    expect(center.lat).toBeLessThan(33.5);
    expect(center.lon).toBeGreaterThan(9.3);
    expect(center.lon).toBeLessThan(25.2);
    expect(writeViewState({ center: { ...center }, zoom })).toBe("");
    expect(writeViewState({ zoom: zoom + 1 })).toBe(`z=${zoom + 1}`);
  });

  it("rounds coordinates and zoom as they will be read", () => {
    expect(writeViewState({ center: { lat: 32.374612345, lon: 15.1 }, zoom: 9.4 })).toBe("c=32.37461,15.1&z=9.5");
    expect(writeViewState({ center: { lat: -0.000001, lon: 0 } })).toBe("c=0,0");
  });

  it("percent-encodes Arabic search text", () => {
    expect(writeViewState({ q: "مصراتة" })).toBe(`q=${encodeURIComponent("مصراتة")}`);
  });

  it("writes only the valid parts of a state built from bad data", () => {
    const hostile = {
      center: { lat: Number.NaN, lon: 15 },
      zoom: -5,
      place: "<script>alert(1)</script>",
      mention: "x:<img onerror=alert(1)>",
      panel: "evil" as never,
      articles: ["002", "<svg/onload=alert(1)>", "a&b=c"],
      from: "2020-02-30",
      to: "javascript:alert(1)",
      q: "<script>",
      lang: "fr" as never,
    };
    expect(writeViewState(hostile)).toBe("a=002");
    expect(writeViewState({ center: { lat: 999, lon: 15 }, q: "x".repeat(10_000), place: "sirte" })).toBe("p=sirte");
  });

  it("viewHref gives the bare path for the default view", () => {
    expect(viewHref({})).toBe("/");
    expect(viewHref({ place: "sirte" })).toBe("/?p=sirte");
    expect(viewHref({ place: "sirte" }, "/map")).toBe("/map?p=sirte");
  });
});

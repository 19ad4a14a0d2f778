import { describe, expect, it } from "vitest";
import { mapPosition, viewFromSearch } from "./use-url-view";

const known = { placeIds: new Set(["sirte", "misrata"]) };

describe("viewFromSearch", () => {
  it("keeps the places the corpus knows and every well-formed article id, and fills panel and language", () => {
    expect(viewFromSearch("?p=sirte&a=002,999&lang=ar&z=7", known)).toEqual({
      place: "sirte",
      articles: ["002", "999"],
      zoom: 7,
      panel: "places",
      lang: "ar",
    });
    expect(viewFromSearch("?p=atlantis&m=12345:40", known)).toEqual({ mention: "12345:40", panel: "places", lang: "en" });
  });

  it("reads the topic and the outlets back, and the sources panel", () => {
    expect(viewFromSearch(`?source=${encodeURIComponent("Al Wasat|بوابة الوسط")}&what=${encodeURIComponent("طائرة مسيرة")}&panel=sources`, known)).toEqual({
      sources: ["Al Wasat", "بوابة الوسط"],
      what: "طائرة مسيرة",
      panel: "sources",
      lang: "en",
    });
  });

  it("drops hostile and unknown values one by one", () => {
    const v = viewFromSearch("?c=NaN,999&z=-5&p=%3Cscript%3E&m=x&a=..&q=%3Cb%3E&from=2020-06-01", known);
    expect(v).toEqual({ from: "2020-06-01", panel: "places", lang: "en" });
    expect(viewFromSearch(`?p=${"a".repeat(10_000)}`, known)).toEqual({ panel: "places", lang: "en" });
  });
});

describe("mapPosition", () => {
  it("is undefined when the URL sets neither centre nor zoom (the map fits Libya)", () => {
    expect(mapPosition({ place: "sirte" })).toBeUndefined();
  });
  it("fills the zoom or centre the URL left out as default", () => {
    expect(mapPosition({ center: { lat: 30.5, lon: 18 } })).toEqual({ center: { lat: 30.5, lon: 18 }, zoom: 5 });
    expect(mapPosition({ zoom: 8 })).toEqual({ center: { lat: 27, lon: 17.5 }, zoom: 8 });
  });
});

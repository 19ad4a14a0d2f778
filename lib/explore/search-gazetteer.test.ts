import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer";
import { searchIndexFor, searchPlaces } from "./search";

// The real curated gazetteer: the spellings the issue names must work on the data we ship.
const { places } = loadGazetteer();
const none = new Map<string, number>();
const first = (q: string, m: ReadonlyMap<string, number> = none) => searchPlaces(q, places, m)[0];

describe("searchPlaces on the real gazetteer", () => {
  it("مصراته finds Misrata (مصراتة) first", () => {
    expect(first("مصراته")).toMatchObject({ place: { id: "misrata", nameAr: "مصراتة" }, match: "exact" });
  });

  it("بوقرين, أبو قرين and ابو قرين find Abu Qurain first", () => {
    for (const q of ["بوقرين", "أبو قرين", "ابو قرين", "أبوقرين", "أَبُو قُرَيْن"]) {
      expect(first(q)?.place.id, q).toBe("abu-qurain");
      expect(first(q)?.match, q).toBe("exact");
    }
  });

  it("misurata, abu qurain and Abu-Qurain find the English names", () => {
    expect(first("misurata")).toMatchObject({ place: { id: "misrata", nameEn: "Misrata" }, match: "exact" });
    expect(first("abu qurain")?.place.id).toBe("abu-qurain");
    expect(first("Abu-Qurain")?.place.id).toBe("abu-qurain");
    expect(first("SIRTE")?.place.id).toBe("sirte");
  });

  it("مصر suggests Egypt (exact) first and Misrata among the prefixes", () => {
    const results = searchPlaces("مصر", places, new Map([["misrata", 9]]));
    expect(results[0]).toMatchObject({ place: { id: "egypt" }, match: "exact" });
    const misrata = results.find((r) => r.place.id === "misrata");
    expect(misrata).toMatchObject({ match: "prefix", mentioned: true, mentions: 9 });
    // exact, then prefix, then word starts, then substrings: never out of order
    const order = results.map((r) => r.score);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it("returns places of the gazetteer that the selection does not mention, flagged", () => {
    const results = searchPlaces("سرت", places, new Map([["gulf-of-sirte", 2]]));
    expect(results[0]).toMatchObject({ place: { id: "sirte" }, match: "exact", mentioned: false });
    expect(results.filter((r) => r.mentioned).map((r) => r.place.id)).toEqual(["gulf-of-sirte"]);
  });

  it("builds the index once per gazetteer", () => {
    const index = searchIndexFor(places);
    expect(searchIndexFor(places)).toBe(index);
    const names = places.reduce((n, p) => n + 2 + p.aliases.ar.length + p.aliases.en.length, 0);
    expect(index.entries).toHaveLength(names);
  });
});

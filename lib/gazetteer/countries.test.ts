import worldCountries from "world-countries";
import { describe, expect, it } from "vitest";
import { countryPrecisionKm, generatedCountries, slug } from "./countries";
import { GAZETTEER_FILES } from "./files";
import { loadGazetteer } from "./load";
import { fileFixture, placeFixture } from "./test-places";

type Raw = { id: string; nameAr: string; aliases: { ar: string[] }; country: string; lat: number; lon: number; precisionKm: number; sources: string[] };
const placesOf = (f: { data: unknown }) => (f.data as { places: Raw[] }).places;

describe("generatedCountries", () => {
  const curated = [fileFixture("world.json", [placeFixture({ id: "oman", nameAr: "سلطنة عمان", kind: "country", country: "OM" }), placeFixture({ id: "amman", nameAr: "عمّان", kind: "city", country: "JO" })])];
  const out = placesOf(generatedCountries(curated));

  it("gives a country the curated files lack its Arabic names, point, size and capital from the libraries", () => {
    const kenya = out.find((p) => p.country === "KE")!;
    expect(kenya.id).toBe("kenya");
    expect(kenya.nameAr).toBe("كينيا");
    expect([kenya.lat, kenya.lon]).toEqual([1, 38]);
    expect(kenya.precisionKm).toBe(countryPrecisionKm(580367));
    expect(kenya.sources.join(" ")).toContain("capital Nairobi");
  });
  it("adds the coverage's spellings that the libraries lack after the libraries' names", () => {
    const ci = out.find((p) => p.country === "CI")!;
    expect(ci.nameAr).toBe("ساحل العاج");
    expect(ci.aliases.ar).toContain("كوت ديفوار");
  });
  it("leaves a curated country to its curated entry", () => {
    expect(out.some((p) => p.country === "OM")).toBe(false);
  });
  it("never adds a name another curated place already has", () => {
    // Jordan's generated names must not take Amman's "عمان" (no such name), and no entry reuses "عمان"
    expect(out.flatMap((p) => [p.nameAr, ...p.aliases.ar]).some((n) => n.replace(/\u0651/g, "") === "عمان")).toBe(false);
  });
  it("covers every country and territory of world-countries, with the curated file", () => {
    expect(out.length + 1).toBe(worldCountries.length);
  });
  it("slugs English names into ids", () => {
    expect(slug("Côte d'Ivoire")).toBe("cote-d-ivoire");
    expect(slug("Bosnia and Herzegovina")).toBe("bosnia-and-herzegovina");
  });
});

describe("the loaded gazetteer's countries", () => {
  const g = loadGazetteer();
  it("has one country per ISO code, about 250 in all, curated ones kept with their aliases", () => {
    const countries = g.places.filter((p) => p.kind === "country");
    const codes = countries.map((p) => p.country);
    expect(new Set(codes).size).toBe(codes.length);
    expect(countries.length).toBeGreaterThanOrEqual(249);
    expect(g.byId.get("egypt")?.aliases.ar).toContain("جمهورية مصر العربية");
    expect(placesOf(generatedCountries(GAZETTEER_FILES)).some((p) => p.country === "EG")).toBe(false);
  });
});

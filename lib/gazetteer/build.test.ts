import { describe, expect, it } from "vitest";
import { GazetteerError, buildGazetteer } from "./build";
import { fileFixture, placeFixture } from "./test-places";

const errorOf = (f: () => unknown): string => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(GazetteerError);
    return (e as Error).message;
  }
  throw new Error("expected an error");
};

describe("buildGazetteer", () => {
  it("indexes valid places by id, parent and name", () => {
    const g = buildGazetteer([
      fileFixture("a.json", [placeFixture({ id: "misrata", nameAr: "مصراتة", aliases: { ar: ["مصراته"], en: ["Misurata"] } })]),
      fileFixture("b.json", [placeFixture({ id: "tamina", nameAr: "طمينة", kind: "village", parent: "misrata" })]),
    ]);
    expect(g.places.map((p) => p.id)).toEqual(["misrata", "tamina"]);
    expect(g.byId.get("tamina")?.parent).toBe("misrata");
    expect(g.children.get("misrata")?.map((p) => p.id)).toEqual(["tamina"]);
    expect(g.index.first("مصراته")?.places?.map((p) => p.id)).toEqual(["misrata"]);
    expect(g.index.first("طمينه")?.places?.map((p) => p.id)).toEqual(["tamina"]);
  });

  it("names the file, the entry id and the problem for a bad entry", () => {
    const bad = { ...placeFixture({ id: "sirte", nameAr: "سرت" }), lat: 123 };
    const msg = errorOf(() => buildGazetteer([fileFixture("libya-cities.json", [bad])]));
    expect(msg).toContain("libya-cities.json");
    expect(msg).toContain('entry "sirte"');
    expect(msg).toMatch(/lat: .*(<=|90)/);
  });

  it("reports an Arabic name without Arabic letters and a missing source", () => {
    const msg = errorOf(() =>
      buildGazetteer([fileFixture("world.json", [placeFixture({ id: "x", nameAr: "Sirte", sources: [] })])]),
    );
    expect(msg).toContain('world.json: entry "x"');
    expect(msg).toContain("nameAr: must contain Arabic letters");
    expect(msg).toContain("sources: every entry needs at least one source");
  });

  it("reports an entry without a usable id by its position", () => {
    const msg = errorOf(() => buildGazetteer([fileFixture("f.json", [{ nameAr: "سرت" }])]));
    expect(msg).toContain("f.json: entry #1 (no valid id)");
  });

  it("reports duplicate ids with both files", () => {
    const msg = errorOf(() =>
      buildGazetteer([
        fileFixture("a.json", [placeFixture({ id: "sirte", nameAr: "سرت" })]),
        fileFixture("b.json", [placeFixture({ id: "sirte", nameAr: "سرت" })]),
      ]),
    );
    expect(msg).toContain('b.json: entry "sirte": duplicate id (first defined in a.json)');
  });

  it("reports an unknown parent id", () => {
    const msg = errorOf(() =>
      buildGazetteer([fileFixture("n.json", [placeFixture({ id: "ain-zara", nameAr: "عين زارة", parent: "tripoly" })])]),
    );
    expect(msg).toContain('n.json: entry "ain-zara": unknown parent "tripoly"');
  });

  it("reports a malformed file", () => {
    const msg = errorOf(() => buildGazetteer([{ file: "broken.json", data: { places: "no" } }]));
    expect(msg).toContain("broken.json: ");
  });
});

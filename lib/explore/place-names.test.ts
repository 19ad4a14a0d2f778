import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../gazetteer/load";
import { fromNameRow, toNameRow } from "./place-names";
import { searchPlaces } from "./search";

describe("place name rows", () => {
  const places = loadGazetteer().places;
  const rows = places.map(toNameRow);

  it("round-trips every gazetteer place except its sources", () => {
    for (const [i, row] of rows.entries()) {
      const back = fromNameRow(JSON.parse(JSON.stringify(row)));
      expect(back).toEqual({ ...places[i]!, parent: undefined, sources: [] } as typeof back);
    }
  });

  it("searches the same as the full gazetteer", () => {
    const light = rows.map(fromNameRow);
    for (const q of ["بوقرين", "misurata", "مصراته", "جفرة", "sirt"]) {
      const ids = (list: typeof places) => searchPlaces(q, list, new Map()).map((r) => r.place.id);
      expect(ids(light), q).toEqual(ids(places));
      expect(ids(light).length, q).toBeGreaterThan(0);
    }
  });

  it("stays small enough to send to the browser", () => {
    expect(JSON.stringify(rows).length).toBeLessThan(150_000);
  });
});

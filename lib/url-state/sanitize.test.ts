import { describe, expect, it } from "vitest";
import { sanitizeViewState } from "./sanitize";

const known = {
  placeIds: new Set(["misrata", "abu-qurain", "sirte"]),
  articleIds: new Set(["002", "004"]),
};

describe("sanitizeViewState", () => {
  it("drops an unknown place and keeps the rest", () => {
    expect(sanitizeViewState({ place: "atlantis", zoom: 9, lang: "ar" }, known)).toEqual({ zoom: 9, lang: "ar" });
  });

  it("drops unknown articles one by one; none left means no filter", () => {
    expect(sanitizeViewState({ articles: ["002", "999", "004"] }, known)).toEqual({ articles: ["002", "004"] });
    expect(sanitizeViewState({ articles: ["999"] }, known)).toEqual({});
  });

  it("drops a mention of an unknown article, or one not in the known mentions", () => {
    expect(sanitizeViewState({ place: "sirte", mention: "999:10" }, known)).toEqual({ place: "sirte" });
    const mentionIds = new Set(["002:161"]);
    expect(sanitizeViewState({ mention: "002:162" }, { ...known, mentionIds })).toEqual({});
    expect(sanitizeViewState({ mention: "002:161" }, { ...known, mentionIds })).toEqual({ mention: "002:161" });
  });

  it("with a mention → place map, a mention of another place is dropped and a lone mention brings its place", () => {
    const mentionIds = new Map([["002:161", "abu-qurain"]]);
    expect(sanitizeViewState({ place: "sirte", mention: "002:161" }, { ...known, mentionIds })).toEqual({ place: "sirte" });
    expect(sanitizeViewState({ mention: "002:161" }, { ...known, mentionIds })).toEqual({
      place: "abu-qurain",
      mention: "002:161",
    });
    expect(sanitizeViewState({ place: "atlantis", mention: "002:161" }, { ...known, mentionIds })).toEqual({
      place: "abu-qurain",
      mention: "002:161",
    });
  });

  it("does not change the state it is given", () => {
    const s = { place: "atlantis", articles: ["999"] };
    sanitizeViewState(s, known);
    expect(s).toEqual({ place: "atlantis", articles: ["999"] });
  });
});

import { describe, expect, it } from "vitest";
import { NameIndex } from "./name-index";
import { placeFixture } from "./test-places";

describe("NameIndex", () => {
  const abuQurain = placeFixture({ id: "abu-qurain", nameAr: "أبو قرين", aliases: { ar: ["بوقرين"], en: ["Abu Grein"] } });
  const ainZara = placeFixture({ id: "ain-zara", nameAr: "عين زارة" });
  const index = new NameIndex();
  index.add(abuQurain);
  index.add(ainZara);

  it("stores multi-word names as a path of words", () => {
    expect(index.first("عين")?.places).toBeNull();
    expect(index.first("عين")?.next?.get("زاره")?.places).toEqual([ainZara]);
    expect(index.maxWords).toBe(2);
  });
  it("also indexes the fused spelling of أبو/بو/بن names", () => {
    expect(index.first("ابوقرين")?.places).toEqual([abuQurain]);
    expect(index.first("بوقرين")?.places).toEqual([abuQurain]);
  });
  it("finds English names in their own map, not in the Arabic trie", () => {
    expect(index.lookupEnglish("ABU  grein")).toEqual([abuQurain]);
    expect(index.first("abu")).toBeUndefined();
  });
  it("adds a place once even when two spellings fold to one key", () => {
    const i = new NameIndex();
    i.add(placeFixture({ id: "m", nameAr: "مصراتة", aliases: { ar: ["مصراته"], en: [] } }));
    expect(i.first("مصراته")?.places).toHaveLength(1);
  });
});

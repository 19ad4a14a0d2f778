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
  it("also indexes the fused spelling of أبو/بو/بن names (no alias needed)", () => {
    const i = new NameIndex();
    const abu = placeFixture({ id: "abu-qurain", nameAr: "أبو قرين" });
    const bu = placeFixture({ id: "bu-kammash", nameAr: "بو كماش" });
    const bin = placeFixture({ id: "bin-jawad", nameAr: "بن جواد" });
    const ain = placeFixture({ id: "ain-zara", nameAr: "عين زارة" });
    for (const p of [abu, bu, bin, ain]) i.add(p);
    expect(i.first("ابوقرين")?.places).toEqual([abu]);
    expect(i.first("بوكماش")?.places).toEqual([bu]);
    expect(i.first("بنجواد")?.places).toEqual([bin]);
    expect(i.first("ابو")?.next?.get("قرين")?.places).toEqual([abu]);
    expect(i.first("عينزاره")).toBeUndefined(); // عين is not a prefix that fuses
  });
  it("indexes Arabic names only: English names and aliases stay out of the trie", () => {
    expect(index.first("abu")).toBeUndefined();
    expect(index.first("abugrein")).toBeUndefined();
  });
  it("adds a place once even when two spellings fold to one key", () => {
    const i = new NameIndex();
    i.add(placeFixture({ id: "m", nameAr: "مصراتة", aliases: { ar: ["مصراته"], en: [] } }));
    expect(i.first("مصراته")?.places).toHaveLength(1);
  });
});

import { describe, expect, it } from "vitest";
import { isWord, prefixIn, words } from "./words";
import { wordSet } from "./wordset";

describe("words, isWord, prefixIn", () => {
  it("reads a word with its proclitics and the article peeled, and says which proclitics", () => {
    const [w] = words("وبالمدينة");
    expect(w!.stems).toEqual(["وبالمدينه", "بالمدينه", "المدينه"]);
    expect(isWord(w, wordSet(["مدينة"]))).toBe(true);
    expect(prefixIn(w, wordSet(["مدينة"]))).toBe("وب");
    expect(isWord(w, wordSet(["منطقة"]))).toBe(false);
    expect(prefixIn(w, wordSet(["منطقة"]))).toBeUndefined();
  });
  it("keeps offsets into the original text, tashkeel included", () => {
    const text = "قَصَفَ سِرت";
    const ws = words(text);
    expect(text.slice(ws[1]!.start, ws[1]!.end)).toBe("سِرت");
    expect(ws[1]!.norm).toBe("سرت");
  });
});

import { describe, expect, it } from "vitest";
import { articleHref, articleMentionHref } from "../popup/article-link";
import { placeViewHref } from "./links";

describe("placeViewHref", () => {
  it("opens a place, at a quote, in the reader's language", () => {
    expect(placeViewHref("sirte")).toBe("/?p=sirte");
    expect(placeViewHref("abu-qurain", { mention: "002:161" })).toBe("/?p=abu-qurain&m=002:161");
    expect(placeViewHref("sirte", { mention: "003:812", lang: "ar" })).toBe("/?p=sirte&m=003:812&lang=ar");
    // English is the default and stays out of the URL.
    expect(placeViewHref("sirte", { lang: "en" })).toBe("/?p=sirte");
  });
});

describe("article links", () => {
  it("open the article view at a mention, in Arabic only when asked", () => {
    expect(articleMentionHref("002", 161)).toBe("/articles/002#m-161");
    expect(articleMentionHref("002", 161, "ar")).toBe("/articles/002?lang=ar#m-161");
    expect(articleHref("002")).toBe("/articles/002");
    expect(articleHref("a b", "ar")).toBe("/articles/a%20b?lang=ar");
  });
});

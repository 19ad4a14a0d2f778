import { describe, expect, it } from "vitest";
import { filterFromParams, filterOfView } from "./filter";

describe("the filter of an API request, read as the map reads its URL", () => {
  it("is empty when the request sets no filter, and ignores the other keys", () => {
    expect(filterFromParams(new URLSearchParams("offset=5&p=sirte&z=9"))).toEqual({});
  });

  it("reads articles, dates (months widened, a reversed range swapped), outlets and the topic", () => {
    const q = new URLSearchParams();
    q.set("a", "004,002");
    q.set("from", "2020-07");
    q.set("to", "2020-06");
    q.set("source", "بوابة الوسط|Al Wasat");
    q.set("what", "طائرة  مسيرة");
    expect(filterFromParams(q)).toEqual({
      articles: ["002", "004"],
      from: "2020-06-01",
      to: "2020-07-31",
      sources: ["Al Wasat", "بوابة الوسط"],
      q: "طائرة مسيرة",
    });
  });

  it("takes q for the topic only when what is absent, and ignores malformed values one by one", () => {
    expect(filterFromParams(new URLSearchParams("q=%D9%86%D9%81%D8%B7"))).toEqual({ q: "نفط" });
    expect(filterFromParams(new URLSearchParams("q=x&what=%D9%86%D9%81%D8%B7"))).toEqual({ q: "نفط" });
    expect(filterFromParams(new URLSearchParams("a=%3Cscript%3E&from=2020-13-99&what=%3Cb%3E&source=002"))).toEqual({ sources: ["002"] });
    expect(filterFromParams(new URLSearchParams("q=a&q=b"))).toEqual({});
  });

  it("turns a view into the store's filter", () => {
    expect(filterOfView({ articles: ["002"], what: "مسيرة", zoom: 9, q: "سرت" })).toEqual({ articles: ["002"], q: "مسيرة" });
  });
});

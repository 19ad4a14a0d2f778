import { describe, expect, it } from "vitest";
import { parseViewState } from "./parse";

const full =
  "?c=32.3746,15.0906&z=9&p=misrata&m=002:161&panel=places&a=004,002&from=2020-06-01&to=2020-07-31&q=%D9%85%D8%B5%D8%B1%D8%A7%D8%AA%D8%A9&lang=ar";

describe("parseViewState", () => {
  it("reads every field of a full URL", () => {
    expect(parseViewState(full)).toEqual({
      center: { lat: 32.3746, lon: 15.0906 },
      zoom: 9,
      place: "misrata",
      mention: "002:161",
      panel: "places",
      articles: ["002", "004"],
      from: "2020-06-01",
      to: "2020-07-31",
      q: "مصراتة",
      lang: "ar",
    });
  });

  it("accepts a string with or without '?', URLSearchParams and Next's searchParams object", () => {
    const expected = parseViewState(full);
    expect(parseViewState(full.slice(1))).toEqual(expected);
    expect(parseViewState(new URLSearchParams(full))).toEqual(expected);
    expect(parseViewState(Object.fromEntries(new URLSearchParams(full)))).toEqual(expected);
    expect(parseViewState({ p: "sirte", z: undefined, q: ["a"] })).toEqual({ place: "sirte", q: "a" });
  });

  it("returns {} for an empty query", () => {
    expect(parseViewState("")).toEqual({});
    expect(parseViewState({})).toEqual({});
  });

  it("rounds coordinates to 5 decimals and zoom to half steps", () => {
    expect(parseViewState("c=32.3746123,-15.090649&z=9.3")).toEqual({
      center: { lat: 32.37461, lon: -15.09065 },
      zoom: 9.5,
    });
    expect(parseViewState("z=9.2").zoom).toBe(9);
  });

  it("widens months: from to the first day, to to the last (leap years included)", () => {
    expect(parseViewState("from=2020-01&to=2020-02")).toEqual({ from: "2020-01-01", to: "2020-02-29" });
    expect(parseViewState("from=2020-06&to=2020-07")).toEqual({ from: "2020-06-01", to: "2020-07-31" });
  });

  it("swaps a reversed date range", () => {
    expect(parseViewState("from=2021-01-01&to=2020-01-01")).toEqual({ from: "2020-01-01", to: "2021-01-01" });
  });

  it("swaps a reversed range of months before widening them: both months stay whole", () => {
    expect(parseViewState("from=2020-07&to=2020-06")).toEqual({ from: "2020-06-01", to: "2020-07-31" });
    expect(parseViewState("from=2020-06&to=2020-02")).toEqual({ from: "2020-02-01", to: "2020-06-30" });
    expect(parseViewState("from=2020-07-15&to=2020-06")).toEqual({ from: "2020-06-01", to: "2020-07-15" });
  });

  it("keeps a day and its own month the way round they are given (not a reversed range)", () => {
    expect(parseViewState("from=2020-06-15&to=2020-06")).toEqual({ from: "2020-06-15", to: "2020-06-30" });
    expect(parseViewState("from=2020-06&to=2020-06-10")).toEqual({ from: "2020-06-01", to: "2020-06-10" });
  });

  it("normalises search text and sorts and deduplicates articles", () => {
    expect(parseViewState("q=%20%20abu%20%20%20qurain%20&a=004,002,004")).toEqual({
      q: "abu qurain",
      articles: ["002", "004"],
    });
  });
});

describe("parseViewState ignores bad parameters one by one", () => {
  // The good parameters never share a key with the bad one (a repeated key applies neither).
  const goodFor = (bad: string) => (/^(p|lang)=/.test(bad) ? "z=7&panel=articles" : "p=sirte&lang=ar");
  const expectGood = (bad: string, s: ReturnType<typeof parseViewState>) => {
    if (/^(p|lang)=/.test(bad)) expect(s).toMatchObject({ zoom: 7, panel: "articles" });
    else expect(s).toMatchObject({ place: "sirte", lang: "ar" });
  };
  const keepsGood = (bad: string) => {
    const s = parseViewState(`${bad}&${goodFor(bad)}`);
    expectGood(bad, s);
    return s;
  };

  it.each([
    ["c=NaN,NaN"],
    ["c=Infinity,1"],
    ["c=999,15"],
    ["c=32,181"],
    ["c=-91,0"],
    ["c=32"],
    ["c=32,15,4"],
    ["c=1e2,3"],
    ["c=32.1.2,15"],
    ["c=%3Cscript%3E"],
    ["c="],
  ])("centre %s", (bad) => {
    expect(keepsGood(bad).center).toBeUndefined();
  });

  it.each([["z=-5"], ["z=NaN"], ["z=99"], ["z=1"], ["z=0x10"], ["z=9e0"], ["z="], ["z=%3Cscript%3E"]])(
    "zoom %s",
    (bad) => {
      expect(keepsGood(bad).zoom).toBeUndefined();
    },
  );

  it.each([["m=002"], ["m=002:"], ["m=:161"], ["m=002:-1"], ["m=002:0161"], ["m=0%2F2:1"], ["m=<script>:1"]])(
    "mention %s",
    (bad) => {
      expect(keepsGood(bad).mention).toBeUndefined();
    },
  );

  it.each([["panel=drawer"], ["panel=PLACES"], ["lang=fr"], ["from=2020-02-30"], ["from=2020-13"], ["to=1800-01-01"], ["to=yesterday"]])(
    "%s",
    (bad) => {
      const s = keepsGood(bad);
      const key = bad.slice(0, bad.indexOf("="));
      expect(Object.keys(s)).toHaveLength(2);
      expect(JSON.stringify(s)).not.toContain(bad.slice(key.length + 1));
    },
  );

  it("an unknown-shaped place id is dropped while the rest applies", () => {
    const s = parseViewState("p=Misrata!&z=7&lang=ar");
    expect(s).toEqual({ zoom: 7, lang: "ar" });
  });

  it("<script> in any parameter is ignored (search text included)", () => {
    const script = encodeURIComponent('<script>alert(1)</script>');
    for (const key of ["c", "z", "p", "m", "panel", "a", "from", "to", "q", "lang"]) {
      const bad = `${key}=${script}`;
      const s = parseViewState(`${bad}&${goodFor(bad)}`);
      expect(JSON.stringify(s)).not.toMatch(/script|[<>]/);
      expectGood(bad, s);
    }
  });

  it("a 10,000-character value is ignored", () => {
    const long = "a".repeat(10_000);
    for (const key of ["p", "a", "q", "m"]) {
      const bad = `${key}=${long}`;
      const s = parseViewState(`${bad}&${goodFor(bad)}`);
      expect(Object.keys(s)).toHaveLength(2);
      expectGood(bad, s);
    }
    expect(parseViewState(`q=${"x".repeat(101)}&z=6`)).toEqual({ zoom: 6 });
  });

  it("a repeated key applies neither value", () => {
    expect(parseViewState("z=5&z=9&p=sirte")).toEqual({ place: "sirte" });
    expect(parseViewState({ z: ["5", "9"], p: "sirte" })).toEqual({ place: "sirte" });
  });

  it("unknown keys are ignored, and keys are case-sensitive", () => {
    expect(parseViewState("foo=bar&P=sirte&__proto__=x&constructor=y&z=6")).toEqual({ zoom: 6 });
  });

  it("bad article ids are dropped one by one; an all-bad list is no filter", () => {
    expect(parseViewState("a=002,<b>,,../x,004")).toEqual({ articles: ["002", "004"] });
    expect(parseViewState("a=,,<b>")).toEqual({});
  });

  it("control characters in search text are refused", () => {
    expect(parseViewState("q=abc%00def&z=6")).toEqual({ zoom: 6 });
  });

  it("never throws, whatever the input", () => {
    expect(() => parseViewState("%E0%A4%A&c=%&z=%%")).not.toThrow();
    expect(() => parseViewState({ z: 5 as unknown as string })).not.toThrow();
  });
});

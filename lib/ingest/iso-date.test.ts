import { describe, expect, it } from "vitest";
import { checkPublishedRange, isIsoDate } from "./iso-date";

describe("isIsoDate", () => {
  it.each(["2020-02-29", "1999-12-31", "2024-01-01"])("accepts %s", (d) => expect(isIsoDate(d)).toBe(true));
  it.each(["2019-02-29", "2020-13-01", "2020-04-31", "2020-1-1", "20200101", "2020-01-01T00:00", "", " 2020-01-01"])(
    "refuses %j",
    (d) => expect(isIsoDate(d)).toBe(false),
  );
});

describe("checkPublishedRange", () => {
  it("is null when neither end is given", () => expect(checkPublishedRange(undefined, undefined)).toEqual({ ok: true, range: null }));
  it("makes a one-day range from one end", () => {
    expect(checkPublishedRange(undefined, "2020-06-07")).toEqual({ ok: true, range: { from: "2020-06-07", to: "2020-06-07" } });
  });
  it("refuses from after to, and names a bad date", () => {
    expect(checkPublishedRange("2020-06-08", "2020-06-07")).toEqual({ ok: false, error: "--published-from (2020-06-08) is after --published-to (2020-06-07)" });
    expect(checkPublishedRange("2020-06-01", "June 7")).toEqual({ ok: false, error: '--published-to must be a date written yyyy-mm-dd, got "June 7"' });
  });
});

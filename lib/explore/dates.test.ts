import { describe, expect, it } from "vitest";
import { dayNumber, dayRange, isoDate, isoWeekStart, monthStart, nextMonthStart } from "./dates";

describe("dayNumber / isoDate", () => {
  it("round-trips real dates, leap day included", () => {
    for (const d of ["1970-01-01", "2020-02-29", "2020-12-31", "2024-03-01"]) {
      expect(isoDate(dayNumber(d)!)).toBe(d);
    }
    expect(dayNumber("1970-01-02")).toBe(1);
  });
  it("rejects dates that are not real or not yyyy-mm-dd", () => {
    for (const d of ["2020-02-30", "2019-02-29", "2020-13-01", "2020-1-5", "", "<script>", "2020-06-01T00:00"]) {
      expect(dayNumber(d)).toBeNull();
    }
  });
});

describe("dayRange", () => {
  it("reads a reversed range the right way round and drops invalid ones", () => {
    expect(dayRange({ from: "1970-01-03", to: "1970-01-02" })).toEqual({ from: 1, to: 2 });
    expect(dayRange({ from: "2020-01-01", to: "nope" })).toBeNull();
    expect(dayRange(null)).toBeNull();
  });
});

describe("week and month starts", () => {
  it("finds the Monday of the ISO week", () => {
    expect(isoDate(isoWeekStart(dayNumber("2020-01-01")!))).toBe("2019-12-30");
    expect(isoDate(isoWeekStart(dayNumber("2020-07-03")!))).toBe("2020-06-29");
    expect(isoDate(isoWeekStart(dayNumber("2020-06-29")!))).toBe("2020-06-29");
    expect(isoDate(isoWeekStart(dayNumber("1969-12-31")!))).toBe("1969-12-29");
  });
  it("finds month boundaries across years", () => {
    expect(isoDate(monthStart(dayNumber("2020-02-29")!))).toBe("2020-02-01");
    expect(isoDate(nextMonthStart(dayNumber("2020-12-15")!))).toBe("2021-01-01");
  });
});

import { describe, expect, it } from "vitest";
import { dateDir, formatDateRange, formatPrecision, pageRangeLabel } from "./format";

describe("formatDateRange", () => {
  it("says a range as briefly as it can", () => {
    expect(formatDateRange({ from: "2020-07-03", to: "2020-07-03" })).toBe("3 Jul 2020");
    expect(formatDateRange({ from: "2020-01-20", to: "2020-01-31" })).toBe("20–31 Jan 2020");
    expect(formatDateRange({ from: "2020-01-12", to: "2020-03-01" })).toBe("12 Jan – 1 Mar 2020");
    expect(formatDateRange({ from: "2019-12-30", to: "2020-01-02" })).toBe("30 Dec 2019 – 2 Jan 2020");
    expect(formatDateRange(null)).toBe("date unknown");
  });
  it("says an unknown date in the interface language", () => {
    expect(formatDateRange(null, "ar")).toBe("تاريخ غير معروف");
  });
  it("names whole months without a day", () => {
    expect(formatDateRange({ from: "2020-07", to: "2020-07" })).toBe("Jul 2020");
    expect(formatDateRange({ from: "2020-01", to: "2020-03" })).toBe("Jan – Mar 2020");
    expect(formatDateRange({ from: "2019-12", to: "2020-01" })).toBe("Dec 2019 – Jan 2020");
  });
});

describe("formatDateRange in Arabic", () => {
  it("names the month as Libyan media do, with Western digits, in each shape English has", () => {
    expect(formatDateRange({ from: "2020-07-03", to: "2020-07-03" }, "ar")).toBe("3 يوليو 2020");
    expect(formatDateRange({ from: "2020-01-20", to: "2020-01-31" }, "ar")).toBe("20–31 يناير 2020");
    expect(formatDateRange({ from: "2020-02-28", to: "2020-03-02" }, "ar")).toBe("28 فبراير – 2 مارس 2020");
    expect(formatDateRange({ from: "2019-12-30", to: "2020-01-02" }, "ar")).toBe("30 ديسمبر 2019 – 2 يناير 2020");
    expect(formatDateRange({ from: "2019-12", to: "2020-01" }, "ar")).toBe("ديسمبر 2019 – يناير 2020");
  });
  it("has a name for every month, none left in English", () => {
    const names = Array.from({ length: 12 }, (_, i) => {
      const iso = `2021-${String(i + 1).padStart(2, "0")}-15`;
      return formatDateRange({ from: iso, to: iso }, "ar").split(" ")[1];
    });
    expect(names).toEqual(["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]);
  });
  it("reads right to left in Arabic and left to right in English", () => {
    expect(dateDir("ar")).toBe("rtl");
    expect(dateDir("en")).toBe("ltr");
  });
});

describe("formatPrecision", () => {
  it("uses metres under a kilometre", () => {
    expect(formatPrecision(0.5)).toBe("±500 m");
    expect(formatPrecision(30)).toBe("±30 km");
    expect(formatPrecision(2.25)).toBe("±2.3 km");
  });
  it("names the unit in Arabic with Western digits", () => {
    expect(formatPrecision(30, "ar")).toBe("±30 كم");
    expect(formatPrecision(0.5, "ar")).toBe("±500 متر");
    expect(formatPrecision(2.25, "ar")).toMatch(/^±2[.٫]3 كم$/);
  });
});

describe("pageRangeLabel", () => {
  it("counts the items of a page", () => {
    expect(pageRangeLabel(0, 5, 14)).toBe("1–5 of 14");
    expect(pageRangeLabel(5, 5, 14)).toBe("6–10 of 14");
    expect(pageRangeLabel(10, 5, 14)).toBe("11–14 of 14");
    expect(pageRangeLabel(0, 5, 1)).toBe("1 of 1");
    expect(pageRangeLabel(0, 5, 0)).toBe("0 of 0");
  });
  it("counts in Arabic with its own word for \"of\"", () => {
    expect(pageRangeLabel(5, 5, 14, "ar")).toBe("6–10 من 14");
    expect(pageRangeLabel(0, 5, 1, "ar")).toBe("1 من 1");
  });
});

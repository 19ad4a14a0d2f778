import { describe, expect, it } from "vitest";
import { parseExportQuery } from "./query";

const q = (s: string) => parseExportQuery(new URLSearchParams(s));

describe("parseExportQuery", () => {
  it("reads format and the URL-state filters, ignoring other view keys", () => {
    expect(q("format=csv&a=002,004&from=2020-06-01&to=2020-07-31&p=misrata&z=7&c=32,15&lang=ar")).toEqual({
      ok: true,
      query: { format: "csv", articles: ["002", "004"], from: "2020-06-01", to: "2020-07-31", place: "misrata" },
    });
  });
  it("widens months the way the URL state does", () => {
    expect(q("format=geojson&from=2020-02&to=2020-02")).toEqual({ ok: true, query: { format: "geojson", from: "2020-02-01", to: "2020-02-29" } });
  });
  it("treats an empty article list as no filter", () => {
    expect(q("format=geojson&a=")).toEqual({ ok: true, query: { format: "geojson" } });
  });
  it.each([
    ["", 'format is required: "geojson" or "csv"'],
    ["format=xlsx", 'format must be "geojson" or "csv"'],
    ["format=csv&from=yesterday", "from must be a date written yyyy-mm-dd (or a month, yyyy-mm)"],
    ["format=csv&to=2020-02-30", 'to is not a real date: "2020-02-30"'],
    ["format=csv&a=002,<script>", "a must list article ids separated by commas, e.g. a=002,004"],
    ["format=csv&p=Misrata!", "p must be a place id such as misrata"],
    ["format=csv&format=geojson", "format is given 2 times; give it once"],
  ])("refuses %j: %s", (query, error) => {
    expect(q(query)).toEqual({ ok: false, error });
  });
});

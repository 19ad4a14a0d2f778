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
  it("swaps a reversed range of months before widening them, so both months stay whole", () => {
    expect(q("format=geojson&from=2020-07&to=2020-06")).toEqual({ ok: true, query: { format: "geojson", from: "2020-06-01", to: "2020-07-31" } });
  });
  it("treats an empty article list as no filter", () => {
    expect(q("format=geojson&a=")).toEqual({ ok: true, query: { format: "geojson" } });
  });
  it.each([
    ["format=csv&from=yesterday&to=2020-07-31", { format: "csv", to: "2020-07-31" }],
    ["format=csv&to=2020-02-30&from=2020-02", { format: "csv", from: "2020-02-01" }],
    ["format=csv&a=002,<script>&p=sirte", { format: "csv", articles: ["002"], place: "sirte" }],
    ["format=csv&p=Misrata!&a=003", { format: "csv", articles: ["003"] }],
    ["format=csv&p=sirte&p=misrata&from=2020-06", { format: "csv", from: "2020-06-01" }],
  ])("ignores a malformed or repeated filter on its own, as the map does: %j", (query, expected) => {
    expect(q(query)).toEqual({ ok: true, query: expected });
  });
  it.each([
    ["", 'format is required: "geojson" or "csv"'],
    ["format=xlsx", 'format must be "geojson" or "csv"'],
    ["format=xlsx&from=2020-06", 'format must be "geojson" or "csv"'],
    ["format=csv&format=geojson", "format is given 2 times; give it once"],
  ])("refuses %j: %s", (query, error) => {
    expect(q(query)).toEqual({ ok: false, error });
  });
});

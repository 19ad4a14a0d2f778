import { describe, expect, it } from "vitest";
import { parseExportQuery } from "@/lib/export";
import { exportHref } from "./export-href";

describe("exportHref", () => {
  it("passes the view's filters on and leaves the rest of the view out", () => {
    expect(exportHref("csv", "?c=32.1,15.2&z=7&a=004,003&from=2020-06&to=2020-07-31&p=sirte&q=x&lang=ar")).toBe(
      "/api/export?format=csv&a=003%2C004&from=2020-06-01&to=2020-07-31&p=sirte",
    );
    expect(exportHref("geojson", "")).toBe("/api/export?format=geojson");
  });
  it("passes the topic and the outlets on, as the map's URL writes them", () => {
    const href = exportHref("geojson", `?source=${encodeURIComponent("بوابة الوسط|Al Wasat")}&what=${encodeURIComponent(" طائرة  مسيرة ")}&z=6`);
    const params = new URL(href, "http://x").searchParams;
    expect(params.get("source")).toBe("Al Wasat|بوابة الوسط");
    expect(params.get("what")).toBe("طائرة مسيرة");
    expect([...params.keys()]).toEqual(["format", "source", "what"]);
  });
  it("drops malformed values so the API accepts what it is given", () => {
    const href = exportHref("csv", "?from=2020-02-30&to=yesterday&a=003,<x>&p=Not%20A%20Slug");
    expect(href).toBe("/api/export?format=csv&a=003");
    const parsed = parseExportQuery(new URL(href, "http://x").searchParams);
    expect(parsed).toEqual({ ok: true, query: { format: "csv", articles: ["003"] } });
  });
});

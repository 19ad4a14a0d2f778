import { describe, expect, it } from "vitest";
import type { Polygon } from "geojson";
import { previewSvg } from "./preview-svg";

// A rough box around Libya is enough to test the drawing; the real outline is tested in render-png.
const outline: Polygon = { type: "Polygon", coordinates: [[[10, 20], [25, 20], [25, 33], [10, 33], [10, 20]]] };
const misrata = { nameAr: "مصراتة", nameEn: "Misrata", lat: 32.3746, lon: 15.0906, outline };

describe("previewSvg", () => {
  it("is a 1200×630 SVG with both names, the coordinates and a dot on the outline", () => {
    const svg = previewSvg(misrata);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    expect(svg).toContain(">مصراتة</text>");
    expect(svg).toContain(">Misrata</text>");
    expect(svg).toContain("32.3746°N  15.0906°E");
    expect(svg.match(/<circle /g)).toHaveLength(2);
    expect(svg).toMatch(/<path d="M[^"]+Z"/);
    expect(svg).toMatch(/direction="rtl" xml:lang="ar">مصراتة/);
  });

  it("puts the dot where the place is: Misrata north-west of Kufra", () => {
    const dot = (svg: string) => {
      const m = /<circle cx="([\d.]+)" cy="([\d.]+)" r="10"/.exec(svg)!;
      return [Number(m[1]), Number(m[2])];
    };
    const [mx, my] = dot(previewSvg(misrata));
    const [kx, ky] = dot(previewSvg({ ...misrata, nameEn: "Kufra", lat: 24.18, lon: 23.31 }));
    expect(kx).toBeGreaterThan(mx! + 200);
    expect(ky).toBeGreaterThan(my! + 200);
  });

  it("draws no dot for a place outside Libya's frame or without coordinates", () => {
    expect(previewSvg({ ...misrata, nameEn: "Ankara", lat: 39.93, lon: 32.85 })).not.toContain("<circle");
    expect(previewSvg({ ...misrata, lat: Number.NaN })).not.toContain("<circle");
    expect(previewSvg({ ...misrata, nameEn: "Libya", lat: 27, lon: 17, marker: false })).not.toContain("<circle");
  });

  it("shows the quote, trimmed and wrapped, only when given", () => {
    expect(previewSvg(misrata)).not.toContain('font-size="32"');
    const svg = previewSvg({ ...misrata, quote: `  ${"قصفت القوات مواقع قرب مصراتة ".repeat(30)}  ` });
    const lines = [...svg.matchAll(/font-size="32"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
    expect(lines).toHaveLength(5);
    expect(lines[0]!.startsWith("قصفت")).toBe(true);
    expect(lines[4]!.endsWith("…")).toBe(true);
  });

  it("escapes every text: <script> and & never reach the SVG raw", () => {
    const svg = previewSvg({
      nameAr: "<script>alert(1)</script> & مصراتة",
      nameEn: 'Mis"rata & <b>',
      lat: 32.37,
      lon: 15.09,
      quote: "قال </text><script> & ذهب",
      outline,
    });
    expect(svg).not.toMatch(/<script|<b>|<\/text><script/);
    expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt; &amp; مصراتة");
    expect(svg).toContain("Mis&quot;rata &amp; &lt;b&gt;");
    expect(svg).toContain(">قال &lt;/text&gt;&lt;script&gt; &amp; ذهب</text>");
    // every & starts an entity
    expect(svg.match(/&(?!amp;|lt;|gt;|quot;|#39;)/g)).toBeNull();
  });
});

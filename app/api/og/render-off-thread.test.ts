import { describe, expect, it } from "vitest";
import { svgToPng } from "@/lib/share/render-png";
import { previewSvg } from "@/lib/share/preview-svg";
import { getLibyaBasemap } from "@/lib/geo/libya-basemap";
import { svgToPngOffThread } from "./render-off-thread";

describe("svgToPngOffThread", () => {
  it("gives the very image the synchronous renderer gives, Arabic text included", async () => {
    const { focus, land } = getLibyaBasemap();
    const svg = previewSvg({ nameAr: "مصراتة", nameEn: "Misrata", lat: 32.3746, lon: 15.0906, quote: "اشتباكات في مصراتة", outline: focus.geometry, land: land.geometry });
    const off = await svgToPngOffThread(svg);
    expect(Buffer.compare(off, svgToPng(svg))).toBe(0);
    expect(off.subarray(1, 4).toString()).toBe("PNG");
  });

  it("leaves the event loop free while it renders", async () => {
    const { focus, land } = getLibyaBasemap();
    const svg = previewSvg({ nameAr: "سرت", nameEn: "Sirte", lat: 31.206, lon: 16.5836, outline: focus.geometry, land: land.geometry });
    let turns = 0;
    const timer = setInterval(() => turns++, 1);
    await Promise.all(Array.from({ length: 4 }, () => svgToPngOffThread(svg)));
    clearInterval(timer);
    // a synchronous render would block every turn until all four were done
    expect(turns).toBeGreaterThan(2);
  });
});

import { describe, expect, it } from "vitest";
import { renderSvg, svgToPng } from "./render-png";
import { previewSvg } from "./preview-svg";
import { getLibyaBasemap } from "../geo/libya-basemap";

const W = 900;
const H = 160;

/** Columns (x) that hold any dark pixel. */
function inkColumns(svgText: string): boolean[] {
  const img = renderSvg(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}"><rect width="${W}" height="${H}" fill="#fff"/>` +
      `<text x="${W - 20}" y="110" font-family="Noto Naskh Arabic" font-size="80" text-anchor="end" direction="rtl">${svgText}</text></svg>`,
  );
  const cols: boolean[] = [];
  for (let x = 0; x < img.width; x++) {
    let ink = false;
    for (let y = 0; y < img.height && !ink; y++) ink = img.pixels[(y * img.width + x) * 4]! < 128;
    cols.push(ink);
  }
  return cols;
}
const inkWidth = (cols: boolean[]) => cols.lastIndexOf(true) - cols.indexOf(true);
/** Middle x of the widest blank run between the first and last ink (the space between two words). */
function gapCentre(cols: boolean[]): number {
  let best = [0, 0];
  let start = -1;
  for (let x = cols.indexOf(true); x <= cols.lastIndexOf(true); x++) {
    if (!cols[x] && start < 0) start = x;
    if (cols[x] && start >= 0) {
      if (x - start > best[1]! - best[0]!) best = [start, x];
      start = -1;
    }
  }
  return (best[0]! + best[1]!) / 2;
}

describe("render-png (resvg + the shipped Arabic font)", () => {
  it("joins Arabic letters: مصراتة is narrower than its letters kept apart", () => {
    const joined = inkWidth(inkColumns("مصراتة"));
    const apart = inkWidth(inkColumns("م\u200Cص\u200Cر\u200Cا\u200Ct\u200Cة".replace("t", "ت")));
    expect(joined).toBeGreaterThan(100);
    expect(apart).toBeGreaterThan(joined * 1.1);
  });

  it("sets Arabic right-to-left: the first word is at the right", () => {
    // "و" (short) then a long word: read right to left, the gap sits near the right edge.
    const shortFirst = gapCentre(inkColumns("و مصراتةمصراتة"));
    const longFirst = gapCentre(inkColumns("مصراتةمصراتة و"));
    expect(shortFirst).toBeGreaterThan(longFirst + 200);
  });

  it("draws digits and Latin inside an Arabic sentence (no missing glyphs)", () => {
    // A missing glyph renders as a box of the same size for every character; real digits differ.
    expect(inkColumns("في 2020").join()).not.toBe(inkColumns("في 1111").join());
    expect(inkColumns("في Sirte").join()).not.toBe(inkColumns("في Xxxxx").join());
  });

  it("renders the preview of a place with a quote to a 1200×630 PNG", () => {
    const { focus, land } = getLibyaBasemap();
    const png = svgToPng(
      previewSvg({
        nameAr: "مصراتة",
        nameEn: "Misrata",
        lat: 32.3746,
        lon: 15.0906,
        quote: "وقال المتحدث إن القوات (المدعومة من تركيا) تقدمت نحو مصراتة في 2020 بعد معارك عنيفة استمرت أياماً <script> & غيرها",
        outline: focus.geometry,
        land: land.geometry,
      }),
    );
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    expect(png.length).toBeGreaterThan(20_000);
  });
});

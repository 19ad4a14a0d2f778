// Node edge: reads font files and runs a native renderer. Only app/ route handlers and scripts/
// import this module; the rest of lib/share stays pure.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { PREVIEW_FONT_FAMILY } from "./preview-svg";

// A full Noto Naskh Arabic (Arabic, Latin, digits, punctuation in one face per weight). The
// @fontsource files are split by script and woff-only: resvg reads neither well, and its fallback
// between two faces of one family leaves digits and « » as boxes inside Arabic sentences.
let fontFiles: string[] | undefined;

// Paths spelled out in full at each use so the bundler's file tracing stays scoped to these two files.
function resolveFonts(): string[] {
  if (fontFiles) return fontFiles;
  const regular = join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-naskh-arabic", "400Regular", "NotoNaskhArabic_400Regular.ttf");
  const bold = join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-naskh-arabic", "700Bold", "NotoNaskhArabic_700Bold.ttf");
  if (!existsSync(regular) || !existsSync(bold)) {
    throw new Error(`preview font missing: ${regular} or ${bold} (run npm ci)`);
  }
  fontFiles = [regular, bold];
  return fontFiles;
}

/**
 * Rasterises an SVG to RGBA pixels with resvg (text shaped with HarfBuzz's Rust port, so Arabic
 * joins and runs right-to-left), using only the shipped Arabic font, never system fonts.
 *
 * @example renderSvg(previewSvg({...})).asPng() // → PNG bytes
 */
export function renderSvg(svg: string): { width: number; height: number; pixels: Buffer; asPng: () => Buffer } {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: resolveFonts(), defaultFontFamily: PREVIEW_FONT_FAMILY },
    logLevel: "off",
  });
  const image = resvg.render();
  return { width: image.width, height: image.height, pixels: image.pixels, asPng: () => image.asPng() };
}

/**
 * An SVG as PNG bytes.
 *
 * @example svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>').subarray(1, 4).toString() // → "PNG"
 */
export function svgToPng(svg: string): Buffer {
  return renderSvg(svg).asPng();
}

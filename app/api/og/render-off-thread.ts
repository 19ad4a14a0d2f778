// Node edge, like lib/share/render-png.ts, whose font setup this repeats: the route renders with
// resvg's renderAsync, which rasterises on libuv's thread pool, so the event loop stays free for
// the cheap routes while previews render, and the heavy-work limit bounds real concurrency (with a
// synchronous render, requests would simply queue in the socket buffers behind it).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { renderAsync } from "@resvg/resvg-js";
import { PREVIEW_FONT_FAMILY } from "@/lib/share/preview-svg";

let fontFiles: string[] | undefined;

// Paths spelled out in full so the bundler's file tracing stays scoped to these two files.
function resolveFonts(): string[] {
  if (fontFiles) return fontFiles;
  const regular = join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-naskh-arabic", "400Regular", "NotoNaskhArabic_400Regular.ttf");
  const bold = join(process.cwd(), "node_modules", "@expo-google-fonts", "noto-naskh-arabic", "700Bold", "NotoNaskhArabic_700Bold.ttf");
  if (!existsSync(regular) || !existsSync(bold)) throw new Error(`preview font missing: ${regular} or ${bold} (run npm ci)`);
  fontFiles = [regular, bold];
  return fontFiles;
}

/**
 * An SVG as PNG bytes, rasterised off the main thread (the PNG encoding itself stays on it).
 * Gives the same image as svgToPng (lib/share/render-png.ts): same fonts, same options.
 *
 * @example await svgToPngOffThread('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>') // → PNG bytes
 */
export async function svgToPngOffThread(svg: string): Promise<Buffer> {
  const image = await renderAsync(svg, {
    font: { loadSystemFonts: false, fontFiles: resolveFonts(), defaultFontFamily: PREVIEW_FONT_FAMILY },
    logLevel: "off",
  });
  return image.asPng();
}

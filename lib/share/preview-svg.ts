import type { MultiPolygon, Polygon } from "geojson";
import { escapeXml } from "./escape-xml";
import { geometryPath, LIBYA_VIEW, projection } from "./project";
import { wrapLines } from "./wrap-lines";

export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;
/** The font family the renderer must be given (a full Noto Naskh Arabic: Arabic, Latin, digits). */
export const PREVIEW_FONT_FAMILY = "Noto Naskh Arabic";

export type PreviewInput = {
  nameAr: string;
  nameEn: string;
  lat: number;
  lon: number;
  /** the sentence quoted at the selected mention; trimmed and wrapped to five lines */
  quote?: string;
  /** Libya's borders (GeoJSON), drawn equirectangularly within LIBYA_VIEW */
  outline: Polygon | MultiPolygon;
  /** the land around it (optional), drawn faintly for context */
  land?: Polygon | MultiPolygon;
  /** false for places a dot would misplace (a whole country); default true */
  marker?: boolean;
};

const MAP = { x: 40, y: 40, width: 540, height: 550 };
const TEXT_RIGHT = 1150;
const TEXT_WIDTH = 520;

/** A font size that fits `chars` characters of about `em` ems each into the text column. */
const fitSize = (chars: number, max: number, min: number, em: number): number =>
  Math.round(Math.max(min, Math.min(max, TEXT_WIDTH / Math.max(1, chars * em))));

const coordText = (lat: number, lon: number): string =>
  `${Math.abs(lat).toFixed(4)}°${lat >= 0 ? "N" : "S"}  ${Math.abs(lon).toFixed(4)}°${lon >= 0 ? "E" : "W"}`;

/**
 * The share preview (1200×630, Open Graph size) of a place as SVG: its Arabic and English names,
 * a dot at its position on an outline of Libya (none when it lies outside), its coordinates, and
 * the quote when a mention is selected. Every text is XML-escaped; Arabic is set right-to-left.
 *
 * @example previewSvg({ nameAr: "مصراتة", nameEn: "Misrata", lat: 32.37, lon: 15.09, outline })
 *   // → '<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630" …>…</svg>'
 */
export function previewSvg(input: PreviewInput): string {
  const p = projection(LIBYA_VIEW, MAP);
  const nameAr = input.nameAr.replace(/\s+/g, " ").trim().slice(0, 60);
  const nameEn = input.nameEn.replace(/\s+/g, " ").trim().slice(0, 60);
  const arSize = fitSize(nameAr.length, 84, 40, 0.5);
  const enSize = fitSize(nameEn.length, 52, 30, 0.5);
  const arY = 60 + arSize;
  const enY = arY + 20 + enSize;
  const coordY = enY + 44;

  const quoteLines = input.quote ? wrapLines(input.quote, 36, 5) : [];
  const lineHeight = 52;
  const quoteTop = coordY + 40;

  const inView = input.marker !== false && Number.isFinite(input.lat) && Number.isFinite(input.lon) && p.contains(input.lon, input.lat);
  const [dotX, dotY] = inView ? p.point(input.lon, input.lat) : [0, 0];

  const font = `font-family="${PREVIEW_FONT_FAMILY}"`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">`,
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="#f8f5ee"/>`,
    `<clipPath id="map"><rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" rx="16"/></clipPath>`,
    `<g clip-path="url(#map)">`,
    `<rect x="${MAP.x}" y="${MAP.y}" width="${MAP.width}" height="${MAP.height}" fill="#dce8f0"/>`,
    input.land ? `<path d="${geometryPath(input.land, p)}" fill="#ebe5d6" stroke="#c8bea8" stroke-width="1" fill-rule="evenodd"/>` : "",
    `<path d="${geometryPath(input.outline, p)}" fill="#f2d9a2" stroke="#8a6d3b" stroke-width="2.5" stroke-linejoin="round" fill-rule="evenodd"/>`,
    inView
      ? `<circle cx="${dotX.toFixed(1)}" cy="${dotY.toFixed(1)}" r="24" fill="#c0392b" fill-opacity="0.25"/>` +
        `<circle cx="${dotX.toFixed(1)}" cy="${dotY.toFixed(1)}" r="10" fill="#c0392b" stroke="#ffffff" stroke-width="3"/>`
      : "",
    `</g>`,
    `<text x="${TEXT_RIGHT}" y="${arY}" ${font} font-size="${arSize}" font-weight="700" fill="#1d1d1b" text-anchor="end" direction="rtl" xml:lang="ar">${escapeXml(nameAr)}</text>`,
    `<text x="${TEXT_RIGHT}" y="${enY}" ${font} font-size="${enSize}" font-weight="700" fill="#3b3b38" text-anchor="end" xml:lang="en">${escapeXml(nameEn)}</text>`,
    `<text x="${TEXT_RIGHT}" y="${coordY}" ${font} font-size="24" fill="#77736a" text-anchor="end">${escapeXml(coordText(input.lat, input.lon))}</text>`,
  ];
  if (quoteLines.length > 0) {
    const barTop = quoteTop - 4;
    const barHeight = quoteLines.length * lineHeight;
    parts.push(`<rect x="${TEXT_RIGHT + 12}" y="${barTop}" width="6" height="${barHeight}" rx="3" fill="#c0392b"/>`);
    quoteLines.forEach((line, i) => {
      const y = quoteTop + (i + 1) * lineHeight - 14;
      parts.push(
        `<text x="${TEXT_RIGHT}" y="${y}" ${font} font-size="32" fill="#2b2b28" text-anchor="end" direction="rtl" xml:lang="ar">${escapeXml(line)}</text>`,
      );
    });
  }
  parts.push(
    `<text x="${TEXT_RIGHT}" y="${PREVIEW_HEIGHT - 28}" ${font} font-size="24" font-weight="700" fill="#8a6d3b" text-anchor="end">Khabar Map</text>`,
    `</svg>`,
  );
  return parts.filter(Boolean).join("\n");
}

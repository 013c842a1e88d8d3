import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_PACKAGE_DIR } from './app-package-paths.js';
import { encodeRgbaPng, type RgbaImage } from './app-package-png.js';

// Generates the two Teams app icons: an upward "upgrade" arrow standing on a base line.
// Run `npx tsx scripts/app-package-icons.ts` after changing the drawing; the PNGs are committed.

type Point = readonly [x: number, y: number];
/** A convex polygon in glyph space: (0,0) top-left, (1,1) bottom-right, points clockwise on screen. */
type ConvexPolygon = readonly Point[];

/** Background of the colour icon; the manifest's accentColor must be the same colour. */
export const ICON_ACCENT_COLOR = '#0F6CBD';

export const COLOR_ICON = { file: 'color.png', size: 192 } as const;
export const OUTLINE_ICON = { file: 'outline.png', size: 32 } as const;

const UPGRADE_GLYPH: readonly ConvexPolygon[] = [
  // Arrow head.
  [
    [0.5, 0.04],
    [0.92, 0.48],
    [0.08, 0.48],
  ],
  // Arrow shaft, overlapping the head a little so no seam shows.
  [
    [0.34, 0.46],
    [0.66, 0.46],
    [0.66, 0.74],
    [0.34, 0.74],
  ],
  // The base line the arrow rises from.
  [
    [0.1, 0.84],
    [0.9, 0.84],
    [0.9, 0.96],
    [0.1, 0.96],
  ],
];

// Samples per pixel edge: 4x4 samples give smooth edges at 32 px without a rasteriser library.
const SUPERSAMPLING = 4;

function insideConvex(polygon: ConvexPolygon, x: number, y: number): boolean {
  for (let i = 0; i < polygon.length; i += 1) {
    const [ax, ay] = polygon[i] as Point;
    const [bx, by] = polygon[(i + 1) % polygon.length] as Point;
    if ((bx - ax) * (y - ay) - (by - ay) * (x - ax) < 0) return false;
  }
  return true;
}

function insideGlyph(x: number, y: number): boolean {
  return UPGRADE_GLYPH.some((polygon) => insideConvex(polygon, x, y));
}

/** Fraction (0..1) of the pixel at (px, py) covered by the glyph drawn in the square [origin, origin + extent). */
function glyphCoverage(px: number, py: number, origin: number, extent: number): number {
  let hits = 0;
  for (let sy = 0; sy < SUPERSAMPLING; sy += 1) {
    for (let sx = 0; sx < SUPERSAMPLING; sx += 1) {
      const x = (px + (sx + 0.5) / SUPERSAMPLING - origin) / extent;
      const y = (py + (sy + 0.5) / SUPERSAMPLING - origin) / extent;
      if (insideGlyph(x, y)) hits += 1;
    }
  }
  return hits / (SUPERSAMPLING * SUPERSAMPLING);
}

function hexToRgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff];
}

function paint(size: number, pixel: (x: number, y: number) => readonly [number, number, number, number]): RgbaImage {
  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y += 1) {
    for (let x = 0; x < size; x += 1) {
      pixels.set(pixel(x, y), (y * size + x) * 4);
    }
  }
  return { width: size, height: size, pixels };
}

/** 192x192, white glyph on a full-bleed accent background (Teams rounds the corners itself). */
export function renderColorIcon(): RgbaImage {
  const [red, green, blue] = hexToRgb(ICON_ACCENT_COLOR);
  // Teams' guidance keeps the symbol inside the central area; 112 of 192 px leaves room for the rounding.
  const extent = 112;
  const origin = (COLOR_ICON.size - extent) / 2;
  const blend = (background: number, coverage: number) => Math.round(background + (255 - background) * coverage);
  return paint(COLOR_ICON.size, (x, y) => {
    const coverage = glyphCoverage(x, y, origin, extent);
    return [blend(red, coverage), blend(green, coverage), blend(blue, coverage), 255];
  });
}

/** 32x32, white glyph on a transparent background: Teams tints it for its dark and light themes. */
export function renderOutlineIcon(): RgbaImage {
  const extent = 26;
  const origin = (OUTLINE_ICON.size - extent) / 2;
  return paint(OUTLINE_ICON.size, (x, y) => [255, 255, 255, Math.round(255 * glyphCoverage(x, y, origin, extent))]);
}

function writeIcons(directory: string): void {
  writeFileSync(join(directory, COLOR_ICON.file), encodeRgbaPng(renderColorIcon()));
  writeFileSync(join(directory, OUTLINE_ICON.file), encodeRgbaPng(renderOutlineIcon()));
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  writeIcons(APP_PACKAGE_DIR);
  console.log(`wrote ${COLOR_ICON.file} and ${OUTLINE_ICON.file} to ${APP_PACKAGE_DIR}`);
}

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLOR_ICON, ICON_ACCENT_COLOR, OUTLINE_ICON, renderColorIcon, renderOutlineIcon } from '../../scripts/app-package-icons.js';
import { APP_PACKAGE_DIR } from '../../scripts/app-package-paths.js';
import { decodeOwnRgbaPng, encodeRgbaPng, readPngHeader, type RgbaImage } from '../../scripts/app-package-png.js';

const committed = (file: string) => readFileSync(join(APP_PACKAGE_DIR, file));

function pixelAt(image: RgbaImage, x: number, y: number): number[] {
  const offset = (y * image.width + x) * 4;
  return Array.from(image.pixels.subarray(offset, offset + 4));
}

function alphaValues(image: RgbaImage): number[] {
  return Array.from({ length: image.width * image.height }, (_, index) => image.pixels[index * 4 + 3] ?? -1);
}

describe('Teams app icons', () => {
  it('has a 192x192 colour icon and a 32x32 outline icon, per their PNG headers', () => {
    expect(readPngHeader(committed(COLOR_ICON.file))).toMatchObject({ width: 192, height: 192 });
    expect(readPngHeader(committed(OUTLINE_ICON.file))).toMatchObject({ width: 32, height: 32 });
  });

  it('commits exactly what the generator draws, so the PNGs are never stale', () => {
    expect(decodeOwnRgbaPng(committed(COLOR_ICON.file))).toEqual(renderColorIcon());
    expect(decodeOwnRgbaPng(committed(OUTLINE_ICON.file))).toEqual(renderOutlineIcon());
  });

  it('draws the outline icon in white on a transparent background', () => {
    const outline = renderOutlineIcon();
    for (let index = 0; index < outline.width * outline.height; index += 1) {
      const [red, green, blue, alpha] = outline.pixels.subarray(index * 4, index * 4 + 4);
      if (alpha !== 0) expect([red, green, blue]).toEqual([255, 255, 255]);
    }
    expect(pixelAt(outline, 0, 0)[3]).toBe(0);
    const alphas = alphaValues(outline);
    const solid = alphas.filter((alpha) => alpha === 255).length;
    const clear = alphas.filter((alpha) => alpha === 0).length;
    // A glyph, not an empty or a filled square.
    expect(solid).toBeGreaterThan(alphas.length * 0.2);
    expect(clear).toBeGreaterThan(alphas.length * 0.3);
  });

  it('draws the colour icon opaque, on the accent colour, with a white glyph in the middle', () => {
    const color = renderColorIcon();
    expect(alphaValues(color).every((alpha) => alpha === 255)).toBe(true);
    const accent = ICON_ACCENT_COLOR.match(/[0-9A-F]{2}/gi)?.map((hex) => Number.parseInt(hex, 16));
    expect(pixelAt(color, 0, 0)).toEqual([...(accent ?? []), 255]);
    expect(pixelAt(color, 96, 96)).toEqual([255, 255, 255, 255]);
  });

  it('matches the accent colour the manifest declares', () => {
    const manifest = JSON.parse(committed('manifest.json').toString('utf8')) as { accentColor: string };
    expect(manifest.accentColor).toBe(ICON_ACCENT_COLOR);
  });
});

describe('PNG encoding', () => {
  it('round-trips pixels through encode and decode', () => {
    const image: RgbaImage = { width: 3, height: 2, pixels: Uint8Array.from({ length: 24 }, (_, index) => index * 10) };
    const file = encodeRgbaPng(image);
    expect(readPngHeader(file)).toEqual({ width: 3, height: 2, bitDepth: 8, colorType: 6 });
    expect(decodeOwnRgbaPng(file)).toEqual(image);
  });

  it('rejects a pixel buffer of the wrong size and a file that is not a PNG', () => {
    expect(() => encodeRgbaPng({ width: 2, height: 2, pixels: new Uint8Array(15) })).toThrow('expected 16 bytes');
    expect(() => readPngHeader(Buffer.from('GIF89a but long enough to hold a PNG header'))).toThrow('PNG signature');
  });
});

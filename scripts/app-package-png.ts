import { crc32, deflateSync, inflateSync } from 'node:zlib';
import { z } from 'zod';

// The fixed 8-byte signature every PNG file starts with.
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const BIT_DEPTH_8 = 8;
const COLOR_TYPE_RGBA = 6;
const BYTES_PER_RGBA_PIXEL = 4;
const FILTER_NONE = 0;

/** An 8-bit RGBA image, row by row, 4 bytes a pixel. */
export interface RgbaImage {
  readonly width: number;
  readonly height: number;
  readonly pixels: Uint8Array;
}

/** What the IHDR chunk of a PNG says about the image. */
export interface PngHeader {
  readonly width: number;
  readonly height: number;
  readonly bitDepth: number;
  readonly colorType: number;
}

const PngHeaderSchema = z.object({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  bitDepth: z.number().int(),
  colorType: z.number().int(),
});

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, checksum]);
}

/** Encodes an RGBA image as a PNG (8-bit RGBA, no interlace, filter "none" on every row). */
export function encodeRgbaPng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * BYTES_PER_RGBA_PIXEL) {
    throw new Error(`expected ${width * height * BYTES_PER_RGBA_PIXEL} bytes of RGBA pixels, got ${pixels.length}`);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.writeUInt8(BIT_DEPTH_8, 8);
  header.writeUInt8(COLOR_TYPE_RGBA, 9);
  // Bytes 10-12 stay 0: deflate compression, adaptive filtering, no interlace.

  const rowLength = width * BYTES_PER_RGBA_PIXEL;
  const scanlines = Buffer.alloc(height * (rowLength + 1));
  for (let y = 0; y < height; y += 1) {
    scanlines[y * (rowLength + 1)] = FILTER_NONE;
    scanlines.set(pixels.subarray(y * rowLength, (y + 1) * rowLength), y * (rowLength + 1) + 1);
  }

  return Buffer.concat([
    PNG_SIGNATURE,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(scanlines, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Reads the size and pixel format from a PNG's signature and IHDR chunk, without decoding pixels. */
export function readPngHeader(file: Uint8Array): PngHeader {
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  if (bytes.length < 33 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) {
    throw new Error('not a PNG file: the PNG signature is missing');
  }
  if (bytes.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file: the first chunk is not IHDR');
  }
  return PngHeaderSchema.parse({
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
    bitDepth: bytes.readUInt8(24),
    colorType: bytes.readUInt8(25),
  });
}

/**
 * Decodes the pixels of a PNG written by {@link encodeRgbaPng}: 8-bit RGBA with filter "none" on every
 * row. It is not a general decoder; anything else is rejected, so icons edited by hand get noticed.
 */
export function decodeOwnRgbaPng(file: Uint8Array): RgbaImage {
  const header = readPngHeader(file);
  if (header.bitDepth !== BIT_DEPTH_8 || header.colorType !== COLOR_TYPE_RGBA) {
    throw new Error(`expected an 8-bit RGBA PNG, got bit depth ${header.bitDepth} and colour type ${header.colorType}`);
  }
  const bytes = Buffer.from(file.buffer, file.byteOffset, file.byteLength);
  const compressed: Buffer[] = [];
  for (let offset = 8; offset + 12 <= bytes.length; ) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('ascii', offset + 4, offset + 8);
    if (type === 'IDAT') compressed.push(bytes.subarray(offset + 8, offset + 8 + length));
    offset += 12 + length;
  }
  const scanlines = inflateSync(Buffer.concat(compressed));
  const rowLength = header.width * BYTES_PER_RGBA_PIXEL;
  if (scanlines.length !== header.height * (rowLength + 1)) {
    throw new Error('PNG pixel data does not match its declared size');
  }
  const pixels = new Uint8Array(header.height * rowLength);
  for (let y = 0; y < header.height; y += 1) {
    const start = y * (rowLength + 1);
    if (scanlines[start] !== FILTER_NONE) throw new Error(`row ${y} uses PNG filter ${scanlines[start]}, expected none`);
    pixels.set(scanlines.subarray(start + 1, start + 1 + rowLength), y * rowLength);
  }
  return { width: header.width, height: header.height, pixels };
}

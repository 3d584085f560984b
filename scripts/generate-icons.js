#!/usr/bin/env node
/**
 * Draws the add-in's icons (a page with text lines and a blue speech bubble: "an answer to a document")
 * and writes them as PNGs to assets/icon-<size>.png.
 *
 *   node scripts/generate-icons.js            # writes assets/
 *   node scripts/generate-icons.js <outDir>   # writes elsewhere (e.g. to compare)
 *
 * Pure Node on purpose: no image library, no download. The shapes are drawn on a 16-unit grid, scaled per size
 * and snapped to whole pixels (so the 16 px ribbon icon stays crisp), then anti-aliased by 8×8 supersampling.
 * The output is committed; run this again only when the design changes.
 */
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

/** Ribbon sizes (16/20/24/32/40/48/64/80) cover 100–250 % display scaling; 32 and 64 double as IconUrl/HighResolutionIconUrl. */
const SIZES = [16, 20, 24, 32, 40, 48, 64, 80];

// Fluent UI colours, so the icon sits well next to Word's own.
const OUTLINE = [0x42, 0x42, 0x42, 255];
const PAGE = [0xff, 0xff, 0xff, 255];
const FOLD = [0xe0, 0xe0, 0xe0, 255];
const TEXT = [0x75, 0x75, 0x75, 255];
const BRAND = [0x0f, 0x6c, 0xbd, 255];
const WHITE = [0xff, 0xff, 0xff, 255];

// ---- shapes: predicates on a point (x, y) in pixel space ----
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
function roundRect(x0, y0, x1, y1, r) {
  return (x, y) => {
    if (x < x0 || x >= x1 || y < y0 || y >= y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const and =
  (...fs) =>
  (x, y) =>
    fs.every((f) => f(x, y));
const or =
  (...fs) =>
  (x, y) =>
    fs.some((f) => f(x, y));
/** Half-plane a·x + b·y <= c. */
const halfPlane = (a, b, c) => (x, y) => a * x + b * y <= c;

/** The layers of the icon at `size` px: [shape, colour] to paint, or [shape, null] to erase (a transparent gap). */
function design(size) {
  const k = size / 16;
  const p = (v) => Math.round(v * k); // snap grid units to whole pixels
  const s = Math.max(1, Math.round(k * 0.75)); // outline width in px
  const SQRT2 = Math.SQRT2;

  // Page with a dog-ear at the top right.
  const [x0, y0, x1, y1, f] = [p(2), p(1), p(12), p(15), p(4)];
  const cut = x1 - f - y0; // the dog-ear's diagonal: x - y = cut
  const page = (i) =>
    and(roundRect(x0 + i, y0 + i, x1 - i, y1 - i, Math.max(0.5 * k - i, 0)), halfPlane(1, -1, cut - i * SQRT2));
  const fold = (i) =>
    and(
      (x) => x >= x1 - f + i,
      (x, y) => y < y0 + f - i,
      halfPlane(1, -1, cut - i * SQRT2),
    );

  // Text lines as thick as the outline; the last is short, where the bubble covers the page.
  const lines = [
    rect(p(4), p(6), p(10), p(6) + s),
    rect(p(4), p(8), p(10), p(8) + s),
    rect(p(4), p(10), p(6), p(10) + s),
  ];

  // Speech bubble at the bottom right, with a tail (the triangle (9,13) (12,13) (9,16) in grid units) and three dots.
  const [bx0, by0, bx1, by1] = [p(8), p(9), p(15), p(14)];
  const r = 1.5 * k;
  const bubble = or(
    roundRect(bx0, by0, bx1, by1, r),
    and(
      (x) => x >= p(9),
      (x, y) => y >= p(13),
      halfPlane(1, 1, p(12) + p(13)),
    ),
  );
  // Everything right of and below the bubble's top-left corner (less a gap of s) is cut out of the page,
  // so the gap is transparent on any ribbon colour.
  const gap = roundRect(bx0 - s, by0 - s, size + 2 * r + s, size + 2 * r + s, r + s);
  const dotY = p(11);
  const dots =
    k < 2
      ? [
          rect(p(9), dotY, p(9) + 1, dotY + 1),
          rect(p(11), dotY, p(11) + 1, dotY + 1),
          rect(p(13), dotY, p(13) + 1, dotY + 1),
        ]
      : [9.5, 11.5, 13.5].map((cx) => circle(cx * k, 11.5 * k, 0.65 * k));

  return [
    [page(0), OUTLINE],
    [page(s), PAGE],
    [fold(0), OUTLINE],
    [fold(s), FOLD],
    ...lines.map((l) => [l, TEXT]),
    [gap, null],
    [bubble, BRAND],
    ...dots.map((d) => [d, WHITE]),
  ];
}

/** Renders the layers into straight (non-premultiplied) RGBA. */
function render(size) {
  const layers = design(size);
  const N = 8; // supersampling per axis
  const rgba = new Float64Array(size * size * 4); // premultiplied while compositing
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const o = (y * size + x) * 4;
      for (const [shape, colour] of layers) {
        let hits = 0;
        for (let sy = 0; sy < N; sy++)
          for (let sx = 0; sx < N; sx++) if (shape(x + (sx + 0.5) / N, y + (sy + 0.5) / N)) hits++;
        const cov = hits / (N * N);
        if (cov === 0) continue;
        if (colour === null) {
          for (let c = 0; c < 4; c++) rgba[o + c] *= 1 - cov;
        } else {
          const a = (cov * colour[3]) / 255;
          for (let c = 0; c < 3; c++) rgba[o + c] = (colour[c] / 255) * a + rgba[o + c] * (1 - a);
          rgba[o + 3] = a + rgba[o + 3] * (1 - a);
        }
      }
    }
  }
  const out = Buffer.alloc(size * size * 4);
  for (let i = 0; i < size * size; i++) {
    const a = rgba[i * 4 + 3];
    for (let c = 0; c < 3; c++) out[i * 4 + c] = a > 0 ? Math.round((rgba[i * 4 + c] / a) * 255) : 0;
    out[i * 4 + 3] = Math.round(a * 255);
  }
  return out;
}

// ---- minimal PNG encoder: 8-bit RGBA, no filtering, zlib from Node ----
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}
function encodePng(width, height, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type RGBA, deflate, no filter method, no interlace
  const raw = Buffer.alloc(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const outDir = path.resolve(process.argv[2] || path.join(__dirname, "..", "assets"));
  fs.mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const file = path.join(outDir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, size, render(size)));
    console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
  }
}

module.exports = { SIZES, render, encodePng };

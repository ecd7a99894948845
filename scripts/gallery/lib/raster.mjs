// RGBA rasters: PNG in and out (pngjs), 2x box downscale and JPEG out (jpeg-js) for the committed thumbnails.
import fs from 'node:fs';
import { PNG } from 'pngjs';
import jpeg from 'jpeg-js';

/** @returns {{width:number, height:number, data:Uint8Array}} RGBA, whatever the PNG's colour type */
export function decodePng(bytes) {
  const png = PNG.sync.read(Buffer.from(bytes));
  return { width: png.width, height: png.height, data: new Uint8Array(png.data) };
}

export const readPng = (file) => decodePng(fs.readFileSync(file));

export function writePng(file, img) {
  const png = new PNG({ width: img.width, height: img.height });
  Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length).copy(png.data);
  fs.writeFileSync(file, PNG.sync.write(png));
}

/** Halves both sides by averaging 2x2 blocks, composited on white (a screenshot has no transparency). */
export function halve(img) {
  const w = Math.floor(img.width / 2);
  const h = Math.floor(img.height / 2);
  const out = new Uint8Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const o = (y * w + x) * 4;
      for (let c = 0; c < 3; c++) {
        let sum = 0;
        for (let dy = 0; dy < 2; dy++) {
          for (let dx = 0; dx < 2; dx++) {
            const i = ((2 * y + dy) * img.width + 2 * x + dx) * 4;
            const a = img.data[i + 3] / 255;
            sum += img.data[i + c] * a + 255 * (1 - a);
          }
        }
        out[o + c] = Math.round(sum / 4);
      }
      out[o + 3] = 255;
    }
  }
  return { width: w, height: h, data: out };
}

export function writeJpeg(file, img, quality = 80) {
  const { data } = jpeg.encode({ width: img.width, height: img.height, data: Buffer.from(img.data) }, quality);
  fs.writeFileSync(file, data);
  return data.length;
}

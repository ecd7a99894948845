// Scores an image against Chromium's reference the way the Java tests do:
// - SSIM with ssim.js 3.5 defaults (its `mssim`), which dev.ogrender.testing.Ssim reproduces exactly;
// - "off pixels": share of pixels with a channel (alpha included) more than 32 away from the reference,
//   as FidelityTest counts them;
// - a diff image like dev.ogrender.testing.ImageDiff: per-channel absolute difference times 8, on black.
import ssimPkg from 'ssim.js';

const { ssim } = ssimPkg;
export const OFF_DELTA = 32;
const AMPLIFY = 8;

export function score(expected, actual) {
  if (expected.width !== actual.width || expected.height !== actual.height) {
    throw new Error(`size ${actual.width}x${actual.height} differs from the reference ${expected.width}x${expected.height}`);
  }
  const view = (img) => ({ data: new Uint8ClampedArray(img.data.buffer, img.data.byteOffset, img.data.length),
    width: img.width, height: img.height });
  const { mssim } = ssim(view(expected), view(actual));
  const diff = new Uint8Array(expected.data.length);
  let off = 0;
  for (let i = 0; i < expected.data.length; i += 4) {
    const alpha = Math.abs(expected.data[i + 3] - actual.data[i + 3]);
    let worst = alpha;
    for (let c = 0; c < 3; c++) {
      const d = Math.max(alpha, Math.abs(expected.data[i + c] - actual.data[i + c]));
      worst = Math.max(worst, d);
      diff[i + c] = Math.min(255, d * AMPLIFY);
    }
    diff[i + 3] = 255;
    if (worst > OFF_DELTA) off++;
  }
  return {
    ssim: mssim,
    offPixels: off / (expected.width * expected.height),
    diff: { width: expected.width, height: expected.height, data: diff },
  };
}

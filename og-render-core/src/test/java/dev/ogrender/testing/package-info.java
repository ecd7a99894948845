/** Test helpers that compare rendered images with references: SSIM as ssim.js computes it, pixel diffs. */
package dev.ogrender.testing;

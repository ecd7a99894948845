package dev.ogrender.layout;

import dev.ogrender.text.TextMeasurer;

/**
 * What every layout step needs: the text seam and the viewport (the initial containing block).
 *
 * @param measurer       shapes and measures text
 * @param viewportWidth  px
 * @param viewportHeight px
 * @param images         natural sizes of images
 */
record LayoutContext(TextMeasurer measurer, float viewportWidth, float viewportHeight, ImageSizer images) {
}

package dev.ogrender.api;

import dev.ogrender.image.PngOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The frozen settings of one renderer.
 *
 * @param png            PNG coder options
 * @param dither         whether gradients get Chromium's ordered dither
 * @param maxImageBytes  the largest image or font file read
 * @param maxImagePixels the most pixels an image may decode to
 */
record RenderSettings(int width, int height, boolean strict, Path baseDirectory, PngOptions png,
        List<FontSource> fonts, boolean dither, long maxImageBytes, long maxImagePixels) {
}

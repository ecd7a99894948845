package dev.ogrender.api;

import dev.ogrender.image.PngOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * The frozen settings of one renderer.
 *
 * @param png    PNG coder options (speed area)
 * @param dither whether gradients get Chromium's ordered dither (speed area)
 */
record RenderSettings(int width, int height, boolean strict, Path baseDirectory, PngOptions png,
        List<FontSource> fonts, boolean dither) {
}

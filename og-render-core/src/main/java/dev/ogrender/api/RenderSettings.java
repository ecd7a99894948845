package dev.ogrender.api;

import java.nio.file.Path;
import java.util.List;

/** The frozen settings of one renderer. */
record RenderSettings(int width, int height, boolean strict, Path baseDirectory, int pngLevel,
        List<FontSource> fonts, long maxImageBytes, long maxImagePixels) {
}

package dev.ogrender.api;

import dev.ogrender.image.DecodedImage;
import dev.ogrender.image.ImageStore;
import dev.ogrender.internal.Diagnostics;
import dev.ogrender.internal.Problem;
import dev.ogrender.internal.ResourceException;
import dev.ogrender.internal.ResourceLoader;
import dev.ogrender.paint.ImageSource;
import dev.ogrender.style.ImageRef;
import dev.ogrender.style.ReplacedContent;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * The images of one render: looks them up in the renderer's {@link ImageStore} and reports each image
 * that cannot be shown once, as a warning at the place it is referenced (strict mode: an error).
 */
final class RenderImages implements ImageSource {

    private final ImageStore store;
    private final Diagnostics diag;
    private final Map<String, DecodedImage> seen = new HashMap<>();

    RenderImages(ImageStore store, Diagnostics diag) {
        this.store = store;
        this.diag = diag;
    }

    @Override
    public NaturalSize natural(ImageRef ref) {
        DecodedImage img = get(ref);
        return img == null ? null : new NaturalSize(img.width(), img.height(), img.ratio());
    }

    @Override
    public BufferedImage pixels(ImageRef ref, int width, int height) {
        DecodedImage img = get(ref);
        if (img == null) {
            return null;
        }
        try {
            return img.pixels(width, height);
        } catch (ResourceException e) {
            report(ref, e);
            return null;
        }
    }

    private DecodedImage get(ImageRef ref) {
        if (seen.containsKey(ref.url())) {
            return seen.get(ref.url());
        }
        DecodedImage img = null;
        try {
            img = store.get(ref.url());
        } catch (ResourceException e) {
            report(ref, e);
        }
        seen.put(ref.url(), img);
        return img;
    }

    private void report(ImageRef ref, ResourceException e) {
        String name = ref.url().startsWith(ReplacedContent.INLINE_SVG) ? "inline <svg>"
            : "\"" + ResourceLoader.shorten(ref.url()) + "\"";
        diag.unsupported(new Problem(Problem.Kind.RESOURCE, "Image " + name + " not shown: " + e.getMessage(),
            ref.line(), ref.column()));
    }
}

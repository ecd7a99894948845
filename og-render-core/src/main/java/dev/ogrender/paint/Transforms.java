package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Transform;
import java.awt.geom.AffineTransform;

/**
 * The 2D transform of a box (CSS Transforms 1 section 6): the functions composed left to right about
 * the transform origin, translations' percentages taken of the border box.
 */
final class Transforms {

    private Transforms() {
    }

    /** @return the box's transform in page coordinates, or null when it has none */
    static AffineTransform of(BoxFragment f) {
        ComputedStyle s = f.style();
        if (s.transform.isEmpty()) {
            return null;
        }
        float ox = f.x() + s.transformOriginX.resolve(f.width(), 0);
        float oy = f.y() + s.transformOriginY.resolve(f.height(), 0);
        AffineTransform t = AffineTransform.getTranslateInstance(ox, oy);
        for (Transform fn : s.transform) {
            if (fn.isTranslate()) {
                t.translate(fn.tx().resolve(f.width(), 0), fn.ty().resolve(f.height(), 0));
            } else {
                float[] m = fn.matrix();
                t.concatenate(new AffineTransform(m[0], m[1], m[2], m[3], m[4], m[5]));
            }
        }
        t.translate(-ox, -oy);
        return t;
    }
}

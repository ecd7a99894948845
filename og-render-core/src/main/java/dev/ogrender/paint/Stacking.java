package dev.ogrender.paint;

import dev.ogrender.layout.BoxFragment;
import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.Keywords.Position;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;

/** Stacking contexts (CSS 2.2 appendix E, CSS Transforms 1): which boxes paint in which layer. */
final class Stacking {

    private Stacking() {
    }

    /** A negative z-index box and the overflow clips of the boxes between it and its stacking context. */
    record Hoisted(BoxFragment box, List<Shape> clips) {
    }

    /**
     * Finds the negative z-index boxes that belong to a stacking context: through descendants that are not
     * stacking contexts themselves, collecting the overflow clips on the way.
     */
    static void collectNegative(BoxFragment box, List<Shape> clips, List<Hoisted> out) {
        for (BoxFragment child : box.children()) {
            ComputedStyle cs = child.style();
            if (child.style().position != Position.STATIC && !cs.zIndexAuto && cs.zIndex < 0) {
                out.add(new Hoisted(child, clips));
            } else if (!isStackingContext(cs)) {
                List<Shape> inner = clips;
                if (cs.overflow == Overflow.HIDDEN) {
                    inner = new ArrayList<>(clips);
                    inner.add(BoxShapes.paddingBox(child));
                }
                collectNegative(child, inner, out);
            }
        }
    }

    /** @return whether the box starts a stacking context (other than the root's) */
    static boolean isStackingContext(ComputedStyle s) {
        return s.position != Position.STATIC && !s.zIndexAuto || s.opacity < 1f || !s.transform.isEmpty()
            || !s.filters.isEmpty();
    }

    /**
     * Positioned boxes, and boxes that make a stacking context by transform, opacity or filter (which
     * paint as if positioned with z-index 0, CSS Transforms 1 and CSS Color 4), paint after in-flow ones.
     */
    static boolean isLayered(ComputedStyle s) {
        return s.position != Position.STATIC || !s.transform.isEmpty() || s.opacity < 1f || !s.filters.isEmpty();
    }
}

package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.Position;
import dev.ogrender.style.StyledNode;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out a styled tree in a viewport: builds the box tree, runs block, flex and inline layout, places
 * absolutely and relatively positioned boxes, and returns the immutable fragment tree. Knows nothing
 * of Java2D; text goes through the {@link TextMeasurer} seam.
 */
public final class LayoutEngine {

    private LayoutEngine() {
    }

    /**
     * @param root     the styled root element ({@code html})
     * @param width    viewport width, px
     * @param height   viewport height, px
     * @param measurer shapes and measures text
     * @return the root fragment, in absolute coordinates
     */
    public static BoxFragment compute(StyledNode root, float width, float height, TextMeasurer measurer) {
        return compute(root, width, height, measurer, ImageSizer.NONE);
    }

    /**
     * @param root     the styled root element ({@code html})
     * @param width    viewport width, px
     * @param height   viewport height, px
     * @param measurer shapes and measures text
     * @param images   natural sizes of images
     * @return the root fragment, in absolute coordinates
     */
    public static BoxFragment compute(StyledNode root, float width, float height, TextMeasurer measurer,
            ImageSizer images) {
        LayoutContext ctx = new LayoutContext(measurer, width, height, images);
        LayoutBox box = BoxTreeBuilder.build(root, images);
        box.formattingRoot = true;
        BlockLayout.placeWidth(box, width);
        BlockLayout.layoutInside(box, box.width, BoxModel.specifiedHeight(box, height), height, ctx);
        box.x = box.margin[3];
        box.y = box.margin[0];
        Rect viewport = new Rect(0, 0, width, height);
        return new FragmentBuilder(ctx).build(box, 0, 0, viewport);
    }

    /** An absolute rectangle: a containing block. */
    record Rect(float x, float y, float width, float height) {
    }

    /** Walks the laid-out box tree once, placing positioned boxes, and emits fragments. */
    private static final class FragmentBuilder {
        private final LayoutContext ctx;

        FragmentBuilder(LayoutContext ctx) {
            this.ctx = ctx;
        }

        BoxFragment build(LayoutBox b, float parentX, float parentY, Rect containing) {
            float ax = parentX + b.x;
            float ay = parentY + b.y;
            if (b.style.position == Position.RELATIVE) {
                ax += relativeOffset(b.style, 3, 1, containing.width());
                ay += relativeOffset(b.style, 0, 2, containing.height());
            }
            // A transform or filter makes the box the containing block of absolute descendants too.
            boolean contains = b.style.position != Position.STATIC || !b.style.transform.isEmpty()
                    || !b.style.filters.isEmpty();
            Rect forChildren = !contains ? containing
                    : new Rect(ax + b.border[3], ay + b.border[0], b.width - b.border[1] - b.border[3],
                            b.height - b.border[0] - b.border[2]);
            List<BoxFragment> children = new ArrayList<>(b.children.size());
            for (LineBox line : b.lines) {
                for (LineBox.Piece p : line.pieces()) {
                    if (p.box() != null) {
                        children.add(build(p.box(), ax, ay, forChildren));
                    }
                }
            }
            for (LayoutBox child : b.children) {
                if (child.isAbsolute()) {
                    AbsoluteLayout.place(child, forChildren, ax + b.paddingBorder(3), ay + b.paddingBorder(0), ctx);
                    child.x -= ax;
                    child.y -= ay;
                }
                children.add(build(child, ax, ay, forChildren));
            }
            return new BoxFragment(b.name(), b.style, ax, ay, b.width, b.height, text(b, ax, ay), children,
                    b.padding.clone(), inlineBoxes(b, ax, ay));
        }

        /** @return the fragments of the inline boxes on the box's lines, made absolute */
        private static List<InlineBoxFragment> inlineBoxes(LayoutBox b, float ax, float ay) {
            List<InlineBoxFragment> out = new ArrayList<>();
            float left = ax + b.paddingBorder(3);
            float top = ay + b.paddingBorder(0);
            for (LineBox line : b.lines) {
                for (LineBox.Span s : line.spans()) {
                    out.add(new InlineBoxFragment(s.style(), left + s.x(), top + line.baseline() + s.top(), s.width(),
                            s.height(), s.first(), s.last()));
                }
            }
            return out.isEmpty() ? List.of() : List.copyOf(out);
        }

        private static float relativeOffset(ComputedStyle s, int startSide, int endSide, float base) {
            float start = s.inset[startSide].resolve(base);
            if (!Float.isNaN(start)) {
                return start;
            }
            float end = s.inset[endSide].resolve(base);
            return Float.isNaN(end) ? 0 : -end;
        }

        private static List<TextFragment> text(LayoutBox b, float ax, float ay) {
            if (b.lines.isEmpty()) {
                return List.of();
            }
            float left = ax + b.paddingBorder(3);
            float top = ay + b.paddingBorder(0);
            List<TextFragment> out = new ArrayList<>();
            for (LineBox line : b.lines) {
                for (LineBox.Piece p : line.pieces()) {
                    if (p.box() != null) {
                        continue;
                    }
                    out.add(new TextFragment(p.run(), p.start(), p.end(), left + p.x(), top + line.baseline(),
                            p.width(), top + line.top(), line.height(), p.style()));
                }
            }
            return List.copyOf(out);
        }
    }
}

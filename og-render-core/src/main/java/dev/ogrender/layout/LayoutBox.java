package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.StyledNode;
import java.util.ArrayList;
import java.util.List;

/**
 * A box of the box tree while layout runs: mutable, thrown away once the fragment tree is built.
 * Geometry is the border box, relative to the parent's border box.
 */
final class LayoutBox {

    /** What lays out this box's children. */
    enum Kind {
        /** Block flow, or inline content when {@link #inline} is set. */
        BLOCK,
        /** Flexbox. */
        FLEX
    }

    final StyledNode node;
    final ComputedStyle style;
    final Kind kind;
    final List<LayoutBox> children = new ArrayList<>();
    /** The inline content of a block that holds only inline-level children; null otherwise. */
    InlineContent inline;

    final float[] margin = new float[4];
    final boolean[] autoMargin = new boolean[4];
    final float[] padding = new float[4];
    final float[] border = new float[4];

    float x;
    float y;
    float width;
    float height;
    /** Collapsed margins that pass through this box to its parent (block flow only). */
    float escapedTopPositive;
    float escapedTopNegative;
    float escapedBottomPositive;
    float escapedBottomNegative;
    boolean topEscapes;
    boolean bottomEscapes;
    /** Root element, flex items, absolutely positioned boxes: margins of children stay inside. */
    boolean formattingRoot;
    List<LineBox> lines = List.of();

    /** The natural size of a replaced element's image (BROKEN when it cannot be shown); null otherwise. */
    ImageSizer.NaturalSize natural;

    float minContentWidth = Float.NaN;
    float maxContentWidth = Float.NaN;

    LayoutBox(StyledNode node, ComputedStyle style, Kind kind) {
        this.node = node;
        this.style = style;
        this.kind = kind;
    }

    boolean isAbsolute() {
        return style.isAbsolute();
    }

    float paddingBorder(int side) {
        return padding[side] + border[side];
    }

    float horizontalPaddingBorder() {
        return paddingBorder(1) + paddingBorder(3);
    }

    float verticalPaddingBorder() {
        return paddingBorder(0) + paddingBorder(2);
    }

    float horizontalMargins() {
        return margin[1] + margin[3];
    }

    float verticalMargins() {
        return margin[0] + margin[2];
    }

    String name() {
        if (node == null) {
            return "anonymous";
        }
        StringBuilder s = new StringBuilder(node.tag());
        if (node.element() != null) {
            if (!node.element().id().isEmpty()) {
                s.append('#').append(node.element().id());
            }
            for (String c : node.element().classNames()) {
                s.append('.').append(c);
            }
        }
        return s.toString();
    }
}

package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import java.util.ArrayList;
import java.util.List;

/** The inline-level content of one block: text runs and forced breaks, each with its style. */
final class InlineContent {

    /** A piece of inline content. */
    sealed interface Item permits Text, Break, Atomic {
        ComputedStyle style();
    }

    /**
     * Raw text (white space not yet processed) in the style of its inline parent, inside the decorated
     * inline boxes {@code boxes} (outermost first).
     */
    record Text(String text, ComputedStyle style, List<Box> boxes) implements Item {
        Text(String text, ComputedStyle style) {
            this(text, style, List.of());
        }
    }

    /**
     * A non-atomic inline element with padding, border, margin or a background: an inline box (CSS
     * Inline 3) whose horizontal edges take room in the line and whose decorations are painted behind
     * its text. Compared by identity: two spans with equal styles are two boxes.
     */
    static final class Box {
        final ComputedStyle style;

        Box(ComputedStyle style) {
            this.style = style;
        }

        /** @return margin + border + padding on the start (left) side, px */
        float startEdge() {
            return margin(3) + style.borderWidth[3] + padding(3);
        }

        /** @return margin + border + padding on the end (right) side, px */
        float endEdge() {
            return margin(1) + style.borderWidth[1] + padding(1);
        }

        /** Percentages resolve against 0: the containing block's width is unknown while preparing. */
        float margin(int side) {
            return style.margin[side].resolve(0, 0);
        }

        float padding(int side) {
            return Math.max(0, style.padding[side].resolve(0, 0));
        }
    }

    /**
     * An atomic inline-level box (inline-block, inline-flex; later replaced elements): laid out on its
     * own and placed in the line as one unbreakable glyph.
     */
    record Atomic(LayoutBox box) implements Item {
        @Override
        public ComputedStyle style() {
            return box.style;
        }
    }

    /** A {@code <br>}. */
    record Break(ComputedStyle style) implements Item {
    }

    final List<Item> items = new ArrayList<>();
    Paragraph paragraph;

    boolean isBlank() {
        for (Item item : items) {
            if (item instanceof Break || item instanceof Atomic) {
                return false;
            }
            Text t = (Text) item;
            if (t.style().whiteSpace != dev.ogrender.style.Keywords.WhiteSpace.NORMAL
                    && t.style().whiteSpace != dev.ogrender.style.Keywords.WhiteSpace.NOWRAP
                    && !t.text().isEmpty()) {
                return false;
            }
            if (!t.text().isBlank()) {
                return false;
            }
        }
        return true;
    }
}

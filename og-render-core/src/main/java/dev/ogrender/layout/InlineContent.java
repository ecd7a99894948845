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

    /** Raw text (white space not yet processed) in the style of its inline parent. */
    record Text(String text, ComputedStyle style) implements Item {
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

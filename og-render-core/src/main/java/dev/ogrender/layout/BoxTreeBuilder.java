package dev.ogrender.layout;

import dev.ogrender.style.ComputedStyle;
import dev.ogrender.style.Keywords.Display;
import dev.ogrender.style.StyledNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the styled tree into the box tree: blocks, flex containers and flex items, with inline
 * content gathered per block and anonymous blocks where block and inline siblings mix (CSS 2.2 9.2.1.1),
 * and anonymous flex items around loose text in flex containers (CSS Flexbox 4).
 */
final class BoxTreeBuilder {

    private BoxTreeBuilder() {
    }

    static LayoutBox build(StyledNode root, ImageSizer images) {
        LayoutBox box = new LayoutBox(root, root.style(), kindOf(root.style(), true));
        addChildren(box, root, images);
        return box;
    }

    /** Replaced elements get their image's natural size once, here. */
    private static void addChildren(LayoutBox box, StyledNode node, ImageSizer images) {
        if (node.style().replacedImage != null) {
            ImageSizer.NaturalSize n = images.natural(node.style().replacedImage);
            box.natural = n == null ? ImageSizer.NaturalSize.BROKEN : n;
            return;
        }
        addChildren(box, node);
        for (LayoutBox child : box.children) {
            attachImages(child, images);
        }
    }

    private static void attachImages(LayoutBox b, ImageSizer images) {
        if (b.node != null && b.style.replacedImage != null && b.node.style() == b.style) {
            ImageSizer.NaturalSize n = images.natural(b.style.replacedImage);
            b.natural = n == null ? ImageSizer.NaturalSize.BROKEN : n;
        }
        for (LayoutBox child : b.children) {
            attachImages(child, images);
        }
    }

    private static LayoutBox.Kind kindOf(ComputedStyle style, boolean blockified) {
        return style.isFlexContainer() ? LayoutBox.Kind.FLEX : LayoutBox.Kind.BLOCK;
    }

    private static void addChildren(LayoutBox box, StyledNode node) {
        if (box.kind == LayoutBox.Kind.BLOCK && !hasBlockLevelChild(node)) {
            InlineContent content = new InlineContent();
            for (StyledNode child : node.children()) {
                collectInline(child, content);
            }
            if (!content.items.isEmpty()) {
                box.inline = content;
            }
            return;
        }
        InlineContent pending = null;
        for (StyledNode child : node.children()) {
            if (isBlockLevel(child) || (box.kind == LayoutBox.Kind.FLEX && !child.isText())) {
                flush(box, pending);
                pending = null;
                LayoutBox childBox = new LayoutBox(child, child.style(), kindOf(child.style(), true));
                addChildren(childBox, child);
                box.children.add(childBox);
            } else {
                if (pending == null) {
                    pending = new InlineContent();
                }
                collectInline(child, pending);
            }
        }
        flush(box, pending);
    }

    private static void flush(LayoutBox parent, InlineContent content) {
        if (content == null || content.isBlank()) {
            return;
        }
        ComputedStyle anonymous = parent.style.inheritForChild();
        anonymous.display = Display.BLOCK;
        LayoutBox box = new LayoutBox(null, anonymous, LayoutBox.Kind.BLOCK);
        box.inline = content;
        parent.children.add(box);
    }

    private static void collectInline(StyledNode node, InlineContent content) {
        collectInline(node, content, List.of());
    }

    /** @param boxes the decorated inline boxes around the node, outermost first */
    private static void collectInline(StyledNode node, InlineContent content, List<InlineContent.Box> boxes) {
        if (node.isText()) {
            content.items.add(new InlineContent.Text(node.text(), node.style(), boxes));
            return;
        }
        if (isAtomicInline(node)) {
            LayoutBox atomic = new LayoutBox(node, node.style(), kindOf(node.style(), true));
            atomic.formattingRoot = true;
            addChildren(atomic, node);
            content.items.add(new InlineContent.Atomic(atomic));
            return;
        }
        if ("br".equals(node.tag())) {
            content.items.add(new InlineContent.Break(node.style()));
            return;
        }
        List<InlineContent.Box> inside = boxes;
        if (isDecorated(node.style())) {
            List<InlineContent.Box> chain = new ArrayList<>(boxes);
            chain.add(new InlineContent.Box(node.style()));
            inside = List.copyOf(chain);
        }
        for (StyledNode child : node.children()) {
            collectInline(child, content, inside);
        }
    }

    /** @return whether an inline element has edges or a background that make it an inline box to lay out */
    private static boolean isDecorated(ComputedStyle s) {
        if ((s.backgroundColor >>> 24) != 0 || !s.backgroundImages.isEmpty()) {
            return true;
        }
        for (int side = 0; side < 4; side++) {
            if (s.borderWidth[side] > 0 || nonZero(s.padding[side]) || nonZero(s.margin[side])) {
                return true;
            }
        }
        return false;
    }

    private static boolean nonZero(dev.ogrender.style.Length l) {
        return l.isLength() && l.resolve(100, 0) != 0;
    }

    private static boolean hasBlockLevelChild(StyledNode node) {
        for (StyledNode child : node.children()) {
            if (isBlockLevel(child)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Block-level here also covers inline elements that contain blocks and absolutely positioned
     * elements; inline-blocks are atomic inlines inside lines.
     */
    static boolean isBlockLevel(StyledNode node) {
        if (node.isText()) {
            return false;
        }
        ComputedStyle s = node.style();
        if (isAtomicInline(node)) {
            return false;
        }
        if (s.display != Display.INLINE || s.isAbsolute() || s.replacedImage != null) {
            return true;
        }
        return hasBlockLevelChild(node);
    }

    /** @return whether a node is an inline-block or inline-flex box that sits inside a line */
    static boolean isAtomicInline(StyledNode node) {
        if (node.isText() || node.style().isAbsolute() || "img".equals(node.tag())) {
            return false;
        }
        Display d = node.style().display;
        return d == Display.INLINE_BLOCK || d == Display.INLINE_FLEX;
    }
}

package dev.ogrender.style;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A node of the styled tree: an element with its computed style, or a run of text that carries the
 * style of its parent element. Elements with {@code display: none} (and {@code head}, {@code style},
 * {@code script}) are not in the tree.
 */
public final class StyledNode {

    private final Element element;
    private final String text;
    private final ComputedStyle style;
    private final List<StyledNode> children;

    private StyledNode(Element element, String text, ComputedStyle style, List<StyledNode> children) {
        this.element = element;
        this.text = text;
        this.style = style;
        this.children = children;
    }

    /** @return an element node */
    public static StyledNode element(Element element, ComputedStyle style, List<StyledNode> children) {
        return new StyledNode(element, null, style, List.copyOf(children));
    }

    /** @return a text node; {@code style} is the parent element's */
    public static StyledNode text(String text, ComputedStyle style) {
        return new StyledNode(null, text, style, List.of());
    }

    /** @return whether this is a text run */
    public boolean isText() {
        return text != null;
    }

    /** @return the element, or null for text */
    public Element element() {
        return element;
    }

    /** @return the lower-case tag name, or {@code #text} */
    public String tag() {
        return element == null ? "#text" : element.normalName();
    }

    /** @return the raw text (white space not yet collapsed), or null for an element */
    public String text() {
        return text;
    }

    /** @return the computed style */
    public ComputedStyle style() {
        return style;
    }

    /** @return the children in document order */
    public List<StyledNode> children() {
        return children;
    }

    /**
     * Replaces the text of text nodes (a template's bound text: the cascade does not depend on it).
     *
     * @param texts new text by old text; other text nodes are kept
     * @return the tree with those texts, sharing every subtree without one
     */
    public StyledNode withTexts(Map<String, String> texts) {
        if (text != null) {
            String replaced = texts.get(text);
            return replaced == null ? this : new StyledNode(null, replaced, style, List.of());
        }
        List<StyledNode> copy = null;
        for (int i = 0; i < children.size(); i++) {
            StyledNode child = children.get(i);
            StyledNode replaced = child.withTexts(texts);
            if (replaced != child) {
                if (copy == null) {
                    copy = new ArrayList<>(children);
                }
                copy.set(i, replaced);
            }
        }
        return copy == null ? this : new StyledNode(element, null, style, List.copyOf(copy));
    }
}

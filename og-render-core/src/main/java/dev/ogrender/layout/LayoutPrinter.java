package dev.ogrender.layout;

import java.util.Locale;

/**
 * Prints a fragment tree as indented text, one box or text slice a line, for layout snapshot tests:
 * {@code div.footer [60, 522, 1080 x 48]} and {@code "Building" [60, 140.8 +431.2]} (x, baseline,
 * advance). Numbers are rounded to 0.1 px so snapshots survive float noise.
 */
public final class LayoutPrinter {

    private LayoutPrinter() {
    }

    /**
     * @param root a fragment tree
     * @return the tree as text, ending with a newline
     */
    public static String print(BoxFragment root) {
        StringBuilder out = new StringBuilder();
        print(root, 0, out);
        return out.toString();
    }

    private static void print(BoxFragment box, int depth, StringBuilder out) {
        indent(depth, out);
        out.append(box.name()).append(" [").append(num(box.x())).append(", ").append(num(box.y()))
                .append(", ").append(num(box.width())).append(" x ").append(num(box.height())).append("]\n");
        for (TextFragment t : box.text()) {
            indent(depth + 1, out);
            out.append('"').append(t.content()).append("\" [").append(num(t.x())).append(", ")
                    .append(num(t.baseline())).append(" +").append(num(t.width())).append("]\n");
        }
        for (BoxFragment child : box.children()) {
            print(child, depth + 1, out);
        }
    }

    private static void indent(int depth, StringBuilder out) {
        out.append("  ".repeat(depth));
    }

    private static String num(float v) {
        float r = Math.round(v * 10) / 10f;
        return r == Math.rint(r) ? String.valueOf((int) r) : String.format(Locale.ROOT, "%.1f", r);
    }
}

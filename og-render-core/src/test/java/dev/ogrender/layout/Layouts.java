package dev.ogrender.layout;

import dev.ogrender.internal.Diagnostics;
import dev.ogrender.style.StyleEngine;
import dev.ogrender.template.HtmlDocument;
import dev.ogrender.text.FontRegistry;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;

/** Lays out HTML for tests and finds boxes in the result. */
final class Layouts {

    private Layouts() {
    }

    static BoxFragment layout(String html) {
        return layout(html, 1200, 630);
    }

    static BoxFragment layout(String html, int width, int height) {
        var doc = HtmlDocument.parse(html);
        var styled = StyleEngine.style(doc, new Diagnostics(false));
        return LayoutEngine.compute(styled, width, height, TextMeasurer.of(FontRegistry.bundled()));
    }

    /** @return the first box whose name (tag#id.class) contains the given text, depth first */
    static BoxFragment find(BoxFragment root, String name) {
        List<BoxFragment> all = new ArrayList<>();
        collect(root, all);
        for (BoxFragment b : all) {
            if (b.name().equals(name) || b.name().contains("#" + name) || b.name().contains("." + name)) {
                return b;
            }
        }
        throw new AssertionError("no box named " + name + " in\n" + LayoutPrinter.print(root));
    }

    private static void collect(BoxFragment b, List<BoxFragment> out) {
        out.add(b);
        for (BoxFragment c : b.children()) {
            collect(c, out);
        }
    }

    /** Wraps body content in a page with the reset most cards use. */
    static String page(String css, String body) {
        return "<!DOCTYPE html><html><head><style>* { margin: 0; padding: 0; box-sizing: border-box; }"
                + css + "</style></head><body>" + body + "</body></html>";
    }
}

package dev.ogrender.style;

import dev.ogrender.internal.Diagnostics;
import dev.ogrender.internal.Problem;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/** Test helper: styles HTML and finds nodes in the styled tree. */
final class Styles {

    final StyledNode root;
    final Diagnostics diag;

    private Styles(StyledNode root, Diagnostics diag) {
        this.root = root;
        this.diag = diag;
    }

    static Styles of(String html) {
        return of(html, false);
    }

    static Styles of(String html, boolean strict) {
        Document doc = Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(true));
        Diagnostics diag = new Diagnostics(strict);
        return new Styles(StyleEngine.style(doc, diag), diag);
    }

    /** @return the style of a page whose body holds {@code <div id=t style="...">} */
    static ComputedStyle inline(String declarations) {
        return of("<div id=t style=\"" + declarations + "\"></div>").id("t");
    }

    /** @return the style of {@code #t} after applying {@code css} in a style block */
    static ComputedStyle css(String css, String body) {
        return of("<style>" + css + "</style>" + body).id("t");
    }

    ComputedStyle id(String id) {
        StyledNode n = find(root, id);
        if (n == null) {
            throw new AssertionError("no styled element #" + id);
        }
        return n.style();
    }

    StyledNode node(String id) {
        return find(root, id);
    }

    List<String> messages() {
        return diag.warnings().stream().map(Problem::message).toList();
    }

    private static StyledNode find(StyledNode n, String id) {
        if (!n.isText() && id.equals(n.element().id())) {
            return n;
        }
        for (StyledNode c : n.children()) {
            StyledNode f = find(c, id);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}

package dev.ogrender.style;

import dev.ogrender.internal.Diagnostics;
import dev.ogrender.internal.Problem;
import dev.ogrender.style.Keywords.Display;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;

/**
 * The style stage: parses the document's CSS, cascades it with the user-agent defaults and returns the
 * styled tree. This is the only entry point of the package.
 *
 * <p>Thread-safe and stateless; parsed stylesheets and selectors are cached per JVM, so styling the
 * same template again costs only selector matching and value computation.
 */
public final class StyleEngine {

    /** Never rendered, whatever the CSS says (their content is metadata or script). */
    private static final Set<String> NEVER_RENDERED = Set.of("head", "style", "script", "title", "meta", "link",
        "template", "noscript", "base");

    private StyleEngine() {
    }

    /**
     * Styles a document.
     *
     * @param doc  a document parsed by jsoup with position tracking on
     *             ({@code Parser.htmlParser().setTrackPosition(true)}), so problems carry line and column
     * @param diag receives warnings for unsupported CSS; throws in strict mode, and for a stylesheet that
     *             cannot be parsed at all
     * @return the styled tree rooted at {@code <html>}: elements (without display:none ones and
     *     metadata such as {@code head}) and raw text nodes carrying their parent's style
     */
    public static StyledNode style(Document doc, Diagnostics diag) {
        return style(doc, diag, 1200, 630);
    }

    /**
     * Styles a document for a viewport of the given size (what vw and vh refer to).
     *
     * @param doc            as for {@link #style(Document, Diagnostics)}
     * @param diag           as for {@link #style(Document, Diagnostics)}
     * @param viewportWidth  px
     * @param viewportHeight px
     * @return the styled tree
     */
    public static StyledNode style(Document doc, Diagnostics diag, float viewportWidth, float viewportHeight) {
        List<Sheet> sheets = new ArrayList<>(3);
        sheets.add(SheetParser.userAgent());
        for (Element styleElement : doc.getElementsByTag("style")) {
            Sheet sheet = authorSheet(styleElement);
            if (sheet != null) {
                report(sheet, diag);
                sheets.add(sheet);
            }
        }
        Element html = doc.firstElementChild();
        if (html == null) {
            html = doc.appendElement("html");
        }
        Cascade cascade = new Cascade(sheets, doc);
        // A var() problem shows once per declaration, however many elements use it.
        Set<Problem> late = new java.util.HashSet<>();
        cascade.reportLateProblemsTo(p -> {
            if (late.add(p)) {
                diag.unsupported(p);
            }
        });
        ComputedStyle initial = ComputedStyle.initial();
        initial.viewportWidth = viewportWidth;
        initial.viewportHeight = viewportHeight;
        StyledNode root = build(html, initial, -1f, cascade, diag);
        return root != null ? root : StyledNode.element(html, rootHidden(), List.of());
    }

    /**
     * The {@code @font-face} rules of a document's stylesheets, for the fonts a render can use. Sheets are
     * parsed once and cached, so calling this before {@link #style} costs little; their problems are
     * reported by {@link #style}.
     *
     * @param doc the document
     * @return the usable rules in document order
     */
    public static List<FontFaceRule> fontFaces(Document doc) {
        List<FontFaceRule> out = new ArrayList<>();
        for (Element styleElement : doc.getElementsByTag("style")) {
            Sheet sheet = authorSheet(styleElement);
            if (sheet != null && sheet.rules() != null) {
                out.addAll(sheet.fontFaces());
            }
        }
        return out;
    }

    private static Sheet authorSheet(Element styleElement) {
        String type = styleElement.attr("type");
        if (!type.isEmpty() && !type.equalsIgnoreCase("text/css")) {
            return null;
        }
        for (Node child : styleElement.childNodes()) {
            if (child instanceof DataNode data) {
                int[] at = start(data.sourceRange());
                return SheetParser.stylesheet(data.getWholeData(), at[0], at[1]);
            }
        }
        return null;
    }

    /** Reports a (possibly cached) sheet's problems to this render; an unparseable sheet is an error. */
    private static void report(Sheet sheet, Diagnostics diag) {
        if (sheet.rules() == null) {
            Problem p = sheet.problems().isEmpty()
                ? Properties.problem("CSS syntax error: the stylesheet cannot be parsed", 0, 0)
                : sheet.problems().get(sheet.problems().size() - 1);
            throw diag.error(p);
        }
        for (Problem p : sheet.problems()) {
            diag.unsupported(p);
        }
    }

    /**
     * @param rootFontSize the root's font size, or -1 while styling the root itself
     */
    private static StyledNode build(Element el, ComputedStyle parent, float rootFontSize, Cascade cascade,
            Diagnostics diag) {
        if (NEVER_RENDERED.contains(el.normalName())) {
            return null;
        }
        Sheet inline = null;
        if (el.hasAttr("style")) {
            int[] at = start(el.attributes().sourceRange("style").valueRange());
            inline = SheetParser.inline(el.attr("style"), at[0], at[1]);
            report(inline, diag);
        }
        boolean isRoot = rootFontSize < 0;
        // While computing the root, rem refers to the initial font size (CSS Values 4, section 6.1.1).
        ComputedStyle style = cascade.compute(el, inline, parent, isRoot ? 16f : rootFontSize);
        if (style.display == Display.NONE) {
            return null;
        }
        float rem = isRoot ? style.fontSize : rootFontSize;
        if (ReplacedContent.isReplaced(el)) {
            // images/fonts area: replaced elements show an image; their children are not boxes
            ReplacedContent.apply(el, style);
            return StyledNode.element(el, style, List.of());
        }
        List<StyledNode> children = new ArrayList<>(el.childNodeSize());
        for (Node child : el.childNodes()) {
            if (child instanceof Element e) {
                StyledNode n = build(e, style, rem, cascade, diag);
                if (n != null) {
                    children.add(n);
                }
            } else if (child instanceof TextNode t) {
                children.add(StyledNode.text(t.getWholeText(), style));
            }
        }
        return StyledNode.element(el, style, children);
    }

    /** @return a root style for a document whose html element is display:none: nothing is drawn */
    private static ComputedStyle rootHidden() {
        ComputedStyle s = ComputedStyle.initial();
        s.display = Display.NONE;
        return s;
    }

    /** @return {line, column} of a range's start, or {0, 0} when positions were not tracked */
    private static int[] start(Range range) {
        if (range == null || !range.isTracked()) {
            return new int[] {0, 0};
        }
        Range.Position p = range.start();
        return new int[] {Math.max(0, p.lineNumber()), Math.max(0, p.columnNumber())};
    }
}

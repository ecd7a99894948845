package dev.ogrender.style;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * The content of replaced elements: {@code <img src>} becomes an {@link ImageRef}, and its width and
 * height attributes become presentational hints for CSS width and height (HTML "dimension attributes"),
 * used when no author rule sets them. An inline {@code <svg>} is serialised to a {@code data:} URI, so
 * it goes through the same checks and rasteriser as an SVG file.
 */
public final class ReplacedContent {

    /** SVG names the HTML parser lower-cases; Batik needs them as SVG spells them. */
    private static final Map<String, String> SVG_CASE = Map.ofEntries(
        Map.entry("viewbox", "viewBox"), Map.entry("preserveaspectratio", "preserveAspectRatio"),
        Map.entry("lineargradient", "linearGradient"), Map.entry("radialgradient", "radialGradient"),
        Map.entry("gradientunits", "gradientUnits"), Map.entry("gradienttransform", "gradientTransform"),
        Map.entry("clippath", "clipPath"), Map.entry("clippathunits", "clipPathUnits"),
        Map.entry("patternunits", "patternUnits"), Map.entry("patterntransform", "patternTransform"),
        Map.entry("spreadmethod", "spreadMethod"), Map.entry("textlength", "textLength"),
        Map.entry("lengthadjust", "lengthAdjust"), Map.entry("stddeviation", "stdDeviation"),
        Map.entry("fegaussianblur", "feGaussianBlur"), Map.entry("maskunits", "maskUnits"),
        Map.entry("textpath", "textPath"), Map.entry("startoffset", "startOffset"),
        Map.entry("markerwidth", "markerWidth"), Map.entry("markerheight", "markerHeight"),
        Map.entry("refx", "refX"), Map.entry("refy", "refY"), Map.entry("pathlength", "pathLength"));

    /** The prefix of the data: URI an inline svg becomes; messages call it "inline <svg>". */
    public static final String INLINE_SVG = "data:image/svg+xml;og-render=inline;charset=utf-8,";

    private ReplacedContent() {
    }

    /** @return whether the element is replaced content whose children are not rendered as boxes */
    static boolean isReplaced(Element el) {
        return el.normalName().equals("img") || el.normalName().equals("svg");
    }

    /** Sets {@link ComputedStyle#replacedImage} and the dimension-attribute hints. */
    static void apply(Element el, ComputedStyle style) {
        if (el.normalName().equals("img")) {
            int[] at = position(el, "src");
            style.replacedImage = new ImageRef(el.attr("src"), at[0], at[1]);
        } else {
            int[] at = start(el.sourceRange());
            style.replacedImage = new ImageRef(dataUri(el), at[0], at[1]);
        }
        if (style.width.isAuto()) {
            style.width = dimension(el.attr("width"), style.width);
        }
        if (style.height.isAuto()) {
            style.height = dimension(el.attr("height"), style.height);
        }
    }

    private static Length dimension(String attr, Length fallback) {
        String v = attr.strip();
        try {
            if (v.endsWith("%")) {
                return Length.percent(Float.parseFloat(v.substring(0, v.length() - 1)));
            }
            float px = Float.parseFloat(v.endsWith("px") ? v.substring(0, v.length() - 2) : v);
            return px >= 0 ? Length.px(px) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String dataUri(Element svg) {
        Element copy = svg.clone();
        if (!copy.hasAttr("xmlns")) {
            copy.attr("xmlns", "http://www.w3.org/2000/svg");
        }
        restoreCase(copy);
        Document.OutputSettings xml = new Document.OutputSettings().syntax(Document.OutputSettings.Syntax.xml)
            .prettyPrint(false);
        Document holder = new Document("");
        holder.outputSettings(xml);
        holder.appendChild(copy);
        String text = copy.outerHtml();
        return INLINE_SVG + URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void restoreCase(Element el) {
        String tag = SVG_CASE.get(el.normalName());
        if (tag != null) {
            el.tagName(tag);
        }
        for (org.jsoup.nodes.Attribute a : el.attributes().asList()) {
            String name = SVG_CASE.get(a.getKey().toLowerCase(java.util.Locale.ROOT));
            if (name != null && !name.equals(a.getKey())) {
                el.removeAttr(a.getKey());
                el.attr(name, a.getValue());
            }
        }
        for (Element child : el.children()) {
            restoreCase(child);
        }
    }

    private static int[] position(Element el, String attr) {
        return start(el.attributes().sourceRange(attr).valueRange());
    }

    private static int[] start(Range range) {
        if (range == null || !range.isTracked()) {
            return new int[] {0, 0};
        }
        return new int[] {Math.max(0, range.start().lineNumber()), Math.max(0, range.start().columnNumber())};
    }
}

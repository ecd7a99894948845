package dev.ogrender.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * A template whose data only fills text, parsed once: binding then replaces the text of a few nodes
 * instead of binding the whole text and parsing the HTML again.
 *
 * <p>A template qualifies when every tag is a plain escaped {@code {{name}}} (no sections, raw
 * {@code {{{x}}}}, partials, comments or delimiter changes) standing in the text of an ordinary element in
 * the body: not in an attribute, a {@code <style>} or {@code <script>}, a table, a form control, a
 * {@code <pre>}, SVG or MathML, where parsing depends on the text. Its stylesheets must not select on
 * text ({@code :empty}, {@code :contains} and the like), so the cascade does not depend on the data.
 *
 * <p>Why the result is the same as binding and parsing: an escaped value cannot open a tag, a comment or
 * a character reference, so the parser turns it back into exactly its own characters, in the same text
 * node. Three things the parser would change are left to the full path per render: a value with a
 * carriage return or NUL (normalised by the parser), with a byte-order mark, or a text node left blank
 * (white space is placed differently from text by HTML's tree builder). So is a template character just
 * before a tag that the value could complete: {@code <} (a tag) or a {@code &} reference.
 *
 * <p>Immutable and thread-safe.
 */
public final class TextSlots {

    private static final Mustache.Compiler RAW = Mustache.compiler().escapeHTML(false).strictSections(false);
    /** Any tag; group 1 is its content. Plain variables are the only ones allowed. */
    private static final Pattern TAG = Pattern.compile("\\{\\{(\\{?[^}]*)}}");
    private static final Pattern PLAIN = Pattern.compile("\\s*[A-Za-z0-9_.\\-]+\\s*");
    /** Elements whose content the HTML parser treats differently from ordinary text, or that bind no text. */
    private static final Set<String> SPECIAL = Set.of("head", "title", "style", "script", "noscript", "template",
            "textarea", "pre", "listing", "xmp", "plaintext", "iframe", "noembed", "noframes", "select", "option",
            "optgroup", "datalist", "table", "caption", "colgroup", "col", "thead", "tbody", "tfoot", "tr", "td",
            "th", "svg", "math", "frameset");
    /** Selectors that look at text: with them the cascade could depend on the data. */
    private static final Pattern TEXT_SELECTOR = Pattern.compile(
            ":(empty|blank|contains|containsown|containsdata|containswholetext|containswholeowntext|matches"
                    + "|matchesown|matchtext|matcheswholetext|matcheswholeowntext)\\b",
            Pattern.CASE_INSENSITIVE);

    private final Document document;
    /** The raw text (tags included) of each text node with tags, and the template that binds it. */
    private final Map<String, Template> texts;

    private TextSlots(Document document, Map<String, Template> texts) {
        this.document = document;
        this.texts = texts;
    }

    /**
     * Parses a template once, if its data only fills text.
     *
     * @param source the compiled template
     * @return the parsed template, or null if binding could change more than text (then bind and parse
     *     per render)
     */
    public static TextSlots of(TemplateSource source) {
        String text = source.text();
        int tags = 0;
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            if (!PLAIN.matcher(m.group(1)).matches() || completesMarkup(text, m.start())) {
                return null;
            }
            tags++;
        }
        Document doc = HtmlDocument.parse(text);
        Scan scan = new Scan();
        doc.traverse(scan);
        // Every tag must be in the text counted by the scan: one in a tag name or a comment is not.
        if (scan.refused || scan.tags != tags) {
            return null;
        }
        return new TextSlots(doc, Map.copyOf(scan.texts));
    }

    /** Finds the text nodes with tags, and refuses a template whose tags or selectors are anywhere else. */
    private static final class Scan implements NodeVisitor {
        final Map<String, Template> texts = new HashMap<>();
        int tags;
        boolean refused;

        @Override
        public void head(Node node, int depth) {
            if (refused) {
                return;
            }
            if (node instanceof TextNode t && t.getWholeText().contains("{{")) {
                String raw = t.getWholeText();
                int plain = plainTags(raw);
                if (plain < 0 || !ordinaryPlace(t)) {
                    refused = true;             // before compiling: a reference can make "{{#x}}" text
                    return;
                }
                tags += plain;
                texts.computeIfAbsent(raw, RAW::compile);
            } else if (node instanceof DataNode d) {
                refused = d.getWholeData().contains("{{") || TEXT_SELECTOR.matcher(d.getWholeData()).find();
            } else if (node instanceof Element e) {
                for (Attribute a : e.attributes()) {
                    refused |= a.getValue().contains("{{") || a.getKey().contains("{{")
                            || a.getKey().equalsIgnoreCase("style") && TEXT_SELECTOR.matcher(a.getValue()).find();
                }
            }
        }
    }

    /** @return the parsed template (tags still in its text); read it, never change it */
    public Document document() {
        return document;
    }

    /**
     * Binds data into the text nodes.
     *
     * @param data the values, as for {@link TemplateSource#bind}
     * @return the bound text of each text node that has tags, by its raw text; or null when this data
     *     must go through {@link TemplateSource#bind} and the parser (a missing key, for its error with
     *     line and column, or a value the parser would treat differently; see the class comment)
     */
    public Map<String, String> bind(Map<String, ?> data) {
        Map<String, String> bound = new HashMap<>(texts.size() * 2);
        for (Map.Entry<String, Template> e : texts.entrySet()) {
            String value;
            try {
                value = e.getValue().execute(data);
            } catch (MustacheException ex) {
                return null;
            }
            if (!safe(value)) {
                return null;
            }
            bound.put(e.getKey(), value);
        }
        return bound;
    }

    /** @return the raw texts with tags (for tests) */
    Set<String> rawTexts() {
        return new HashSet<>(texts.keySet());
    }

    private static boolean safe(String value) {
        boolean blank = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\r' || c == 0 || c == '\uFEFF') {
                return false;
            }
            if (c != ' ' && c != '\t' && c != '\n' && c != '\f') {
                blank = false;
            }
        }
        return !blank;
    }

    /**
     * Whether the template text just before a tag could join the value into markup: {@code <} (a tag) or
     * the start of a {@code &} reference.
     */
    private static boolean completesMarkup(String text, int tagStart) {
        int i = tagStart - 1;
        while (i >= 0 && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '#')) {
            i--;
        }
        if (i >= 0 && text.charAt(i) == '&') {
            return true;
        }
        return tagStart > 0 && text.charAt(tagStart - 1) == '<';
    }

    /** Whether a text node is in the body and outside every element the parser treats specially. */
    private static boolean ordinaryPlace(TextNode text) {
        boolean inBody = false;
        for (Element e = text.parent(); e != null; e = e.parent()) {
            String name = e.normalName();
            if (SPECIAL.contains(name)) {
                return false;
            }
            if (name.equals("body")) {
                inBody = true;
            }
        }
        return inBody;
    }

    /** @return how many tags a text has, or -1 if one is not a plain variable (text made by a reference) */
    private static int plainTags(String raw) {
        int n = 0;
        Matcher m = TAG.matcher(raw);
        while (m.find()) {
            if (!PLAIN.matcher(m.group(1)).matches()) {
                return -1;
            }
            n++;
        }
        return n;
    }
}

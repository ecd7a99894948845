package dev.ogrender.style;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * One complex selector (no commas), matched with jsoup's selector engine, with its specificity
 * computed here because jsoup has none. Compiled selectors are cached per JVM by text.
 */
final class CompiledSelector {

    /** Pseudo-classes that never match a static render: skipping them is correct, not a limitation. */
    private static final Set<String> DYNAMIC = Set.of("hover", "focus", "active", "visited", "focus-within",
        "focus-visible", "target");
    private static final Set<String> PSEUDO_ELEMENTS = Set.of("before", "after", "first-line", "first-letter",
        "marker", "placeholder", "selection", "backdrop", "file-selector-button");
    private static final Map<String, Object> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 4096;

    final String text;
    /** Packed (a, b, c) specificity: a << 20 | b << 10 | c. */
    final int specificity;
    /** Lower-case type selector of the subject compound, or null: a cheap pre-check before jsoup. */
    private final String subjectTag;
    private final Evaluator evaluator;

    private CompiledSelector(String text, Evaluator evaluator) {
        this.text = text;
        this.evaluator = evaluator;
        this.specificity = Specificity.of(text);
        this.subjectTag = Specificity.subjectTag(text);
    }

    /**
     * Compiles (or fetches) a selector.
     *
     * @param text one selector
     * @return the compiled selector, or a String saying why it is not supported, or null when the
     *     selector can never match a static render (e.g. {@code :hover})
     */
    static Object compile(String text) {
        Object hit = CACHE.get(text);
        if (hit != null) {
            return hit instanceof Boolean ? null : hit;
        }
        Object result = doCompile(text);
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        CACHE.put(text, result == null ? Boolean.FALSE : result);
        return result;
    }

    private static Object doCompile(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String p : PSEUDO_ELEMENTS) {
            if (lower.contains("::" + p) || lower.contains(":" + p)) {
                return "Unsupported selector \"" + text + "\": pseudo-elements are not supported yet";
            }
        }
        if (lower.contains("::")) {
            return "Unsupported selector \"" + text + "\": pseudo-elements are not supported yet";
        }
        for (String p : DYNAMIC) {
            if (lower.contains(":" + p)) {
                return null;
            }
        }
        try {
            return new CompiledSelector(text, QueryParser.parse(text));
        } catch (IllegalArgumentException | IllegalStateException e) {
            return "Unsupported selector \"" + text + "\"";
        }
    }

    /**
     * @param element the candidate
     * @param root    the document, so that {@code :root} and combinators work
     * @return whether the selector matches
     */
    boolean matches(Element element, Element root) {
        if (subjectTag != null && !subjectTag.equals(element.normalName())) {
            return false;
        }
        return evaluator.matches(root, element);
    }

    @Override
    public String toString() {
        return text;
    }
}

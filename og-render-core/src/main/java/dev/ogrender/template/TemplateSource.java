package dev.ogrender.template;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.MustacheParseException;
import com.samskivert.mustache.Template;
import dev.ogrender.internal.Problem;
import dev.ogrender.internal.ProblemException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mustache template compiled once (JMustache): {@code {{name}}} is HTML-escaped, {@code {{{name}}}}
 * is raw, {@code {{#key}}...{{/key}}} renders only when the key is present and truthy. A plain tag whose
 * key the data lacks is an error naming the key, line and column, so a typo never ships an empty title.
 * Immutable and thread-safe.
 */
public final class TemplateSource {

    private static final Mustache.Compiler COMPILER = Mustache.compiler()
            .escapeHTML(true)
            .strictSections(false);
    private static final Pattern LINE_NUMBER = Pattern.compile("line (\\d+)");
    private static final Pattern UNCLOSED_SECTION = Pattern.compile("Section missing close tag '([^']*)'");

    private final String text;
    private final Template compiled;

    private TemplateSource(String text, Template compiled) {
        this.text = text;
        this.compiled = compiled;
    }

    /**
     * Compiles a template.
     *
     * @param text the template text
     * @return the compiled template
     * @throws ProblemException (kind TEMPLATE) if a tag is unclosed or a section is not closed
     */
    public static TemplateSource compile(String text) {
        checkTagsClosed(text);
        try {
            return new TemplateSource(text, COMPILER.compile(text));
        } catch (MustacheParseException e) {
            Matcher section = UNCLOSED_SECTION.matcher(e.getMessage());
            if (section.find()) {
                String key = section.group(1);
                int open = indexOfSectionOpen(text, key);
                int[] at = open >= 0 ? position(text, open) : new int[] {lineOf(e.getMessage()), 1};
                throw new ProblemException(new Problem(Problem.Kind.TEMPLATE, "Malformed template: section {{#"
                        + key + "}} is never closed with {{/" + key + "}}", at[0], at[1]));
            }
            int line = lineOf(e.getMessage());
            String what = e.getMessage().replaceAll("\\s*@ line \\d+", "");
            throw new ProblemException(new Problem(Problem.Kind.TEMPLATE,
                    "Malformed template: " + what, line, line > 0 ? 1 : 0));
        }
    }

    /**
     * Binds data into the template.
     *
     * @param data the values, by tag name (nested maps and lists as in Mustache)
     * @return the HTML text
     * @throws ProblemException (kind TEMPLATE) if a tag names a key the data lacks
     */
    public String bind(Map<String, ?> data) {
        try {
            return compiled.execute(data);
        } catch (MustacheException.Context e) {
            int[] at = locateTag(e.key, e.lineNo);
            throw new ProblemException(new Problem(Problem.Kind.TEMPLATE,
                    "Missing data for {{" + e.key + "}}: the data has no key \"" + e.key
                            + "\" (wrap optional parts in {{#" + e.key + "}}...{{/" + e.key + "}})",
                    at[0], at[1]));
        } catch (MustacheException e) {
            throw new ProblemException(new Problem(Problem.Kind.TEMPLATE,
                    "Cannot bind data: " + e.getMessage(), 0, 0));
        }
    }

    /** @return the template text as given */
    public String text() {
        return text;
    }

    private static void checkTagsClosed(String text) {
        int from = 0;
        while (true) {
            int open = text.indexOf("{{", from);
            if (open < 0) {
                return;
            }
            int close = text.indexOf("}}", open + 2);
            int nextOpen = text.indexOf("{{", open + 2);
            if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
                int[] at = position(text, open);
                throw new ProblemException(new Problem(Problem.Kind.TEMPLATE,
                        "Malformed template: tag opened with {{ is never closed with }}", at[0], at[1]));
            }
            from = close + 2;
        }
    }

    private int[] locateTag(String key, int line) {
        Matcher m = Pattern.compile("\\{\\{\\{?\\s*[&]?\\s*" + Pattern.quote(key) + "\\s*}?}}").matcher(text);
        while (m.find()) {
            int[] at = position(text, m.start());
            if (line <= 0 || at[0] == line) {
                return at;
            }
        }
        return new int[] {Math.max(line, 0), line > 0 ? 1 : 0};
    }

    private static int indexOfSectionOpen(String text, String key) {
        Matcher m = Pattern.compile("\\{\\{\\s*[#^]\\s*" + Pattern.quote(key) + "\\s*}}").matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static int lineOf(String message) {
        Matcher m = LINE_NUMBER.matcher(message == null ? "" : message);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** @return 1-based {line, column} of a char offset */
    static int[] position(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}

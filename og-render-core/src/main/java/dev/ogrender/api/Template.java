package dev.ogrender.api;

import java.util.Map;
import java.util.Objects;

/**
 * A template compiled once by {@link OgRenderer#template(String)}, rendered many times with different
 * data. When the data only fills text (plain {@code {{name}}} tags in the text of ordinary elements, the
 * usual card), the HTML is also parsed and styled once (at the second render), and later renders only
 * replace the text; the image is the same as binding and parsing the whole template each time.
 * Immutable and thread-safe.
 */
public final class Template {

    private final Pipeline pipeline;
    private final Pipeline.Compiled compiled;

    Template(Pipeline pipeline, String html) {
        this.pipeline = pipeline;
        this.compiled = pipeline.compile(html);
    }

    /**
     * Binds the data and renders the image.
     *
     * @param data values for the template's tags; nested maps and lists work as in Mustache
     * @return the image, with any warnings
     * @throws TemplateException if the template uses a key the data lacks (outside a section)
     * @throws StyleException    on a CSS syntax error, or unsupported CSS in strict mode
     * @throws RenderException   for any other reason the card cannot be drawn
     */
    public RenderResult render(Map<String, ?> data) {
        Objects.requireNonNull(data, "data");
        return pipeline.render(compiled, data);
    }

    /** @return whether the template is parsed and styled once (its data only fills text); parses it now */
    boolean parsedOnce() {
        return compiled.parsedNow() != null;
    }

    /** @return whether a render of this data replaces text in the parsed template (parses it now) */
    boolean replacesText(Map<String, ?> data) {
        return Pipeline.boundTexts(compiled.parsedNow(), data) != null;
    }

    /** @return whether a render has parsed the template yet (or {@link #parsedOnce} tried) */
    boolean parseTried() {
        return compiled.parseTried();
    }

    /** Renders as {@link #render} does, but binds the whole text and parses it (for tests to compare). */
    RenderResult renderParsingEachTime(Map<String, ?> data) {
        return pipeline.render(compiled.parsingEachTime(), data);
    }
}

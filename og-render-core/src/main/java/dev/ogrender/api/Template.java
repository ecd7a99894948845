package dev.ogrender.api;

import java.util.Map;
import java.util.Objects;

/**
 * A template compiled once by {@link OgRenderer#template(String)}, rendered many times with different
 * data. Immutable and thread-safe.
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
}

package dev.ogrender.approval;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.internal.Diagnostics;
import dev.ogrender.layout.LayoutEngine;
import dev.ogrender.layout.LayoutPrinter;
import dev.ogrender.style.StyleEngine;
import dev.ogrender.template.HtmlDocument;
import dev.ogrender.template.TemplateSource;
import dev.ogrender.text.FontRegistry;
import dev.ogrender.text.TextMeasurer;
import java.util.Map;

/** The layout of a template as text, for snapshot tests: boxes with geometry, text with baselines. */
final class LayoutSnapshot {

    private LayoutSnapshot() {
    }

    static String of(OgRenderer renderer, String template, Map<String, ?> data) {
        var doc = HtmlDocument.parse(TemplateSource.compile(template).bind(data));
        var styled = StyleEngine.style(doc, new Diagnostics(false));
        var root = LayoutEngine.compute(styled, renderer.width(), renderer.height(),
                TextMeasurer.of(FontRegistry.bundled()));
        return LayoutPrinter.print(root);
    }
}

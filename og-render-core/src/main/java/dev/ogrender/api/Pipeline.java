package dev.ogrender.api;

import dev.ogrender.image.ImageLimits;
import dev.ogrender.image.ImageStore;
import dev.ogrender.internal.Diagnostics;
import dev.ogrender.internal.ResourceLoader;
import dev.ogrender.internal.Problem;
import dev.ogrender.internal.ProblemException;
import dev.ogrender.layout.BoxFragment;
import dev.ogrender.layout.LayoutEngine;
import dev.ogrender.paint.DisplayList;
import dev.ogrender.paint.DisplayListBuilder;
import dev.ogrender.style.FontFaceRule;
import dev.ogrender.style.StyleEngine;
import dev.ogrender.style.StyledNode;
import dev.ogrender.template.HtmlDocument;
import dev.ogrender.template.TemplateSource;
import dev.ogrender.text.FontRegistry;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * Runs the stages in order: bind, parse, style, layout, display list; the result paints on demand
 * ({@link RenderResult}). Each stage hands the next a finished thing; problems come out as
 * {@link ProblemException} and leave here as the public exceptions.
 */
final class Pipeline {

    /** A template compiled once. */
    record Compiled(TemplateSource source) {
    }

    private final RenderSettings settings;
    private final FontRegistry fonts;
    private final TextMeasurer measurer;
    private final ImageStore images;
    private final WebFonts webFonts;

    Pipeline(RenderSettings settings) {
        this.settings = settings;
        FontRegistry fonts = FontRegistry.bundled();
        for (FontSource f : settings.fonts()) {
            try {
                fonts = fonts.with(f.family(), f.weight(), f.italic(), f.bytes());
            } catch (IllegalArgumentException e) {
                throw new RenderException(e.getMessage());
            }
        }
        this.fonts = fonts;
        this.measurer = TextMeasurer.of(fonts);
        ResourceLoader loader = new ResourceLoader(settings.baseDirectory(), Pipeline.class.getClassLoader(),
                settings.maxImageBytes());
        this.images = new ImageStore(loader, new ImageLimits(settings.maxImageBytes(), settings.maxImagePixels(),
                ImageLimits.DEFAULT.maxSide()));
        this.webFonts = new WebFonts(loader, settings.maxImageBytes());
    }

    /** The text seam for a document: the renderer's fonts plus its @font-face fonts. */
    private TextMeasurer measurer(Document doc, Diagnostics diag) {
        List<FontFaceRule> rules = StyleEngine.fontFaces(doc);
        return rules.isEmpty() ? measurer : TextMeasurer.of(webFonts.registry(fonts, rules, diag));
    }

    Compiled compile(String html) {
        try {
            return new Compiled(TemplateSource.compile(html));
        } catch (ProblemException e) {
            throw toPublic(e.problem());
        }
    }

    RenderResult render(Compiled compiled, Map<String, ?> data) {
        Diagnostics diag = new Diagnostics(settings.strict());
        try {
            String html = compiled.source().bind(data);
            Document doc = HtmlDocument.parse(html);
            StyledNode styled = StyleEngine.style(doc, diag, settings.width(), settings.height());
            RenderImages renderImages = new RenderImages(images, diag);
            BoxFragment root = LayoutEngine.compute(styled, settings.width(), settings.height(),
                    measurer(doc, diag), renderImages);
            DisplayList list = DisplayListBuilder.build(root, settings.width(), settings.height(), renderImages);
            return new RenderResult(list, settings.dither(), warnings(diag), settings.png());
        } catch (ProblemException e) {
            throw toPublic(e.problem());
        }
    }

    /** Runs the stages up to layout; for tests and snapshots. */
    BoxFragment layout(Compiled compiled, Map<String, ?> data) {
        Diagnostics diag = new Diagnostics(settings.strict());
        try {
            Document doc = HtmlDocument.parse(compiled.source().bind(data));
            StyledNode styled = StyleEngine.style(doc, diag, settings.width(), settings.height());
            return LayoutEngine.compute(styled, settings.width(), settings.height(), measurer(doc, diag),
                    new RenderImages(images, diag));
        } catch (ProblemException e) {
            throw toPublic(e.problem());
        }
    }

    private static List<RenderWarning> warnings(Diagnostics diag) {
        List<RenderWarning> out = new ArrayList<>(diag.warnings().size());
        for (Problem p : diag.warnings()) {
            out.add(new RenderWarning(p.message(), p.line(), p.column()));
        }
        return out;
    }

    private static RenderException toPublic(Problem p) {
        return switch (p.kind()) {
            case TEMPLATE, HTML -> new TemplateException(p.message(), p.line(), p.column(), null);
            case STYLE -> new StyleException(p.message(), p.line(), p.column());
            case RESOURCE -> new RenderException(p.message(), p.line(), p.column(), null);
        };
    }
}

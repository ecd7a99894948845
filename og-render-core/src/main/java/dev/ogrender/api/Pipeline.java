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
import dev.ogrender.template.TextSlots;
import dev.ogrender.text.FontRegistry;
import dev.ogrender.text.TextMeasurer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;

/**
 * Runs the stages in order: bind, parse, style, layout, display list (a template whose data only fills
 * text is parsed and styled once, and a render replaces its text); the result paints on demand
 * ({@link RenderResult}). Each stage hands the next a finished thing; problems come out as
 * {@link ProblemException} and leave here as the public exceptions.
 */
final class Pipeline {

    /**
     * A template compiled once. It is also parsed and styled once, if its data only fills text, from its
     * second render on: a template rendered once (a command line's card) would only pay for both paths.
     * Thread-safe: renders racing on the second render may each parse it; one result is kept.
     */
    final class Compiled {
        private static final Object NOT_PARSED = new Object();

        final TemplateSource source;
        private final boolean parses;
        /** null until tried, then the {@link Parsed} template or {@link #NOT_PARSED}. */
        private volatile Object parsed;
        private volatile boolean rendered;

        private Compiled(TemplateSource source, boolean parses) {
            this.source = source;
            this.parses = parses;
        }

        /** @return the parsed template for this render, or null to bind and parse the whole text */
        private Parsed forRender() {
            Object p = parsed;
            if (p == null) {
                if (!rendered) {
                    rendered = true;
                    return null;
                }
                p = parse();
            }
            return p instanceof Parsed done ? done : null;
        }

        boolean parseTried() {
            return parsed != null;
        }

        /** @return the parsed template (parsing it now if not tried yet), or null if it is not parsed once */
        Parsed parsedNow() {
            return (parsed != null ? parsed : parse()) instanceof Parsed done ? done : null;
        }

        private Object parse() {
            Parsed p = parses ? parseOnce(source) : null;
            Object result = p != null ? p : NOT_PARSED;
            parsed = result;
            return result;
        }

        /** @return this template without its parsed form: every render binds and parses (for tests) */
        Compiled parsingEachTime() {
            return new Compiled(source, false);
        }
    }

    /**
     * A template parsed and styled once ({@link TextSlots}): a render replaces the bound text in the
     * styled tree instead of parsing and styling the HTML again.
     *
     * @param warnings  what styling found, reported again by every render
     * @param fontFaces the template's {@code @font-face} rules
     */
    record Parsed(TextSlots slots, StyledNode styled, List<Problem> warnings, List<FontFaceRule> fontFaces) {
    }

    /** A render's styled tree and the @font-face rules of its document. */
    private record Styled(StyledNode root, List<FontFaceRule> fontFaces) {
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
    private TextMeasurer measurer(List<FontFaceRule> rules, Diagnostics diag) {
        return rules.isEmpty() ? measurer : TextMeasurer.of(webFonts.registry(fonts, rules, diag));
    }

    Compiled compile(String html) {
        TemplateSource source;
        try {
            source = TemplateSource.compile(html);
        } catch (ProblemException e) {
            throw toPublic(e.problem());
        }
        return new Compiled(source, true);
    }

    /** @return the template parsed and styled, if its data only fills text; else null (see {@link TextSlots}) */
    private Parsed parseOnce(TemplateSource source) {
        TextSlots slots = TextSlots.of(source);
        if (slots == null) {
            return null;
        }
        Diagnostics diag = new Diagnostics(settings.strict());
        try {
            StyledNode styled = StyleEngine.style(slots.document(), diag, settings.width(), settings.height());
            return new Parsed(slots, styled, List.copyOf(diag.warnings()), StyleEngine.fontFaces(slots.document()));
        } catch (ProblemException e) {
            return null;                // each render reports it, as for any template
        }
    }

    RenderResult render(Compiled compiled, Map<String, ?> data) {
        Diagnostics diag = new Diagnostics(settings.strict());
        try {
            Styled styled = style(compiled, data, diag);
            RenderImages renderImages = new RenderImages(images, diag);
            BoxFragment root = LayoutEngine.compute(styled.root(), settings.width(), settings.height(),
                    measurer(styled.fontFaces(), diag), renderImages);
            DisplayList list = DisplayListBuilder.build(root, settings.width(), settings.height(), renderImages);
            return new RenderResult(list, settings.dither(), warnings(diag), settings.png());
        } catch (ProblemException e) {
            throw toPublic(e.problem());
        }
    }

    /**
     * Binds, parses and styles; a template parsed once only has its text replaced, unless this data needs
     * the full path ({@link TextSlots#bind}).
     */
    private Styled style(Compiled compiled, Map<String, ?> data, Diagnostics diag) {
        Parsed parsed = compiled.forRender();
        Map<String, String> texts = boundTexts(parsed, data);
        if (texts != null) {
            for (Problem p : parsed.warnings()) {
                diag.unsupported(p);
            }
            return new Styled(parsed.styled().withTexts(texts), parsed.fontFaces());
        }
        Document doc = HtmlDocument.parse(compiled.source.bind(data));
        StyledNode root = StyleEngine.style(doc, diag, settings.width(), settings.height());
        return new Styled(root, StyleEngine.fontFaces(doc));
    }

    /** @return the texts a render of this data replaces in the parsed template, or null for the full path */
    static Map<String, String> boundTexts(Parsed parsed, Map<String, ?> data) {
        return parsed == null ? null : parsed.slots().bind(data);
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

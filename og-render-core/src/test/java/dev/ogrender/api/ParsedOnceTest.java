package dev.ogrender.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * A template whose data only fills text is parsed and styled once; each render must give exactly the
 * image (and warnings) of binding the whole text and parsing it.
 */
class ParsedOnceTest {

    private static final OgRenderer RENDERER = OgRenderer.builder().build();

    /** Values that escaping, entities, white space, wrapping and scripts could each get wrong. */
    private static final List<String> VALUES = List.of(
            "Hello",
            "A & B <c> \"q\" 'x' `y` = z",
            "&amp; &lt;b&gt; &#39; &nbsp;",
            "<b>not bold</b> <!-- not a comment --> <script>x</script>",
            "  padded  and   spaced  ",
            "line\nbreak\tand tab",
            "Ünïcödé, 日本語 and 🎉 emoji",
            "{{not a tag}}",
            "A title long enough to wrap onto a second and then a third line of the card, so the layout moves",
            "x");

    private static final String CARD = """
            <html><head><style>
            body { display: flex; flex-direction: column; padding: 40px; font-family: Inter;
                   background: linear-gradient(135deg, #667eea, #764ba2); color: white }
            h1 { font-size: 56px; max-width: 900px; text-transform: capitalize }
            .hidden { display: none }
            p b { font-weight: 800 }
            </style></head><body>
            <div class="category">{{category}} / guide</div>
            <h1>{{title}}</h1>
            <p>By <b>{{author}}</b>, {{date}}</p>
            <div class="hidden">{{secret}}</div>
            </body></html>
            """;

    @Test
    void theExampleCardAndThisCardAreParsedOnce() throws Exception {
        assertTrue(RENDERER.template(OgRendererTest.exampleTemplate()).parsedOnce());
        assertTrue(RENDERER.template(CARD).parsedOnce());
        assertFalse(RENDERER.template("<img src='{{src}}'>").parsedOnce());
    }

    /** A template rendered once (a command line's card) is not parsed twice: the second render parses it. */
    @Test
    void theSecondRenderParsesTheTemplate() {
        Template template = RENDERER.template(CARD);
        template.render(data(1));
        assertFalse(template.parseTried());
        template.render(data(2));
        assertTrue(template.parseTried());
        assertTrue(template.parsedOnce());
    }

    @Test
    void everyValueRendersAsBindingAndParsingWould() {
        Template template = parsed(CARD);
        for (String value : VALUES) {
            Map<String, String> data = new HashMap<>(Map.of("category", "Guide", "title", value,
                    "author", value, "date", "1 May", "secret", value));
            assertTrue(template.replacesText(data), value);
            assertSameImage(template, data, value);
        }
    }

    @Test
    void theExampleCardRendersAsBindingAndParsingWould() throws Exception {
        Template template = parsed(OgRendererTest.exampleTemplate());
        for (String value : VALUES) {
            assertSameImage(template, Map.of("category", value, "title", value, "author", "Ada"), value);
        }
    }

    /** Blank and CR values take the full path: the parser places or changes them. */
    @Test
    void valuesLeftToTheFullPathRenderAsBefore() {
        Template template = parsed(CARD);
        for (String value : List.of("", "   ", "a\r\nb")) {
            Map<String, String> data = Map.of("category", "G", "title", value, "author", "x", "date", "d",
                    "secret", "s");
            assertFalse(template.replacesText(data), value);
            assertSameImage(template, data, value);
        }
    }

    @Test
    void warningsAreReportedByEveryRender() {
        Template template = RENDERER.template("<style>p { colour: red; color: blue }</style><p>{{x}}</p>");
        assertTrue(template.parsedOnce());
        List<RenderWarning> first = template.render(Map.of("x", "a")).warnings();
        assertFalse(first.isEmpty());
        assertEquals(first, template.render(Map.of("x", "b")).warnings());
        assertEquals(first, template.renderParsingEachTime(Map.of("x", "b")).warnings());
    }

    @Test
    void aMissingKeyIsStillAnErrorWithLineAndColumn() {
        Template t = RENDERER.template("<html>\n<body>\n  <h1>{{titel}}</h1>");
        assertTrue(t.parsedOnce());
        TemplateException e = assertThrows(TemplateException.class, () -> t.render(Map.of("title", "x")));
        assertEquals(3, e.line());
        assertEquals(7, e.column());
    }

    @Test
    void strictModeStillThrowsOnRenderNotOnCompile() {
        OgRenderer strict = OgRenderer.builder().strict(true).build();
        Template t = strict.template("<style>p { colour: red }</style><p>{{x}}</p>");
        assertFalse(t.parsedOnce());
        assertThrows(StyleException.class, () -> t.render(Map.of("x", "a")));
    }

    /** Threads share the parsed template's styled tree: each render must still match the full path. */
    @Test
    void concurrentRendersShareTheTemplateSafely() throws Exception {
        Template template = parsed(CARD);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<int[]>> futures = new ArrayList<>();
            for (int k = 0; k < 24; k++) {
                Map<String, String> data = data(k);
                futures.add(pool.submit(() -> pixels(template.render(data).image())));
            }
            for (int k = 0; k < futures.size(); k++) {
                int[] expected = pixels(template.renderParsingEachTime(data(k)).image());
                assertArrayEquals(expected, futures.get(k).get(), "render " + k);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** @return the template, parsed now (renders would parse it from the second on) */
    private static Template parsed(String html) {
        Template template = RENDERER.template(html);
        assertTrue(template.parsedOnce());
        return template;
    }

    private static Map<String, String> data(int k) {
        return Map.of("category", "Guide " + k, "title", VALUES.get(k % VALUES.size()) + " #" + k,
                "author", "Author " + k % 5, "date", k + " May", "secret", "s");
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void assertSameImage(Template template, Map<String, ?> data, String what) {
        RenderResult once = template.render(data);
        RenderResult each = template.renderParsingEachTime(data);
        BufferedImage a = once.image();
        BufferedImage b = each.image();
        int[] pa = a.getRGB(0, 0, a.getWidth(), a.getHeight(), null, 0, a.getWidth());
        int[] pb = b.getRGB(0, 0, b.getWidth(), b.getHeight(), null, 0, b.getWidth());
        for (int i = 0; i < pa.length; i++) {
            if (pa[i] != pb[i]) {
                throw new AssertionError("value \"" + what + "\": pixel " + i % a.getWidth() + "," + i / a.getWidth()
                        + " differs");
            }
        }
        assertEquals(each.warnings(), once.warnings(), what);
    }
}

package dev.ogrender.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ogrender.internal.Problem;
import dev.ogrender.internal.ProblemException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateSourceTest {

    @Test
    void bindsAndEscapesHtml() {
        String out = TemplateSource.compile("<h1>{{title}}</h1>").bind(Map.of("title", "<b>Fish & \"Chips\"</b>"));
        assertEquals("<h1>&lt;b&gt;Fish &amp; &quot;Chips&quot;&lt;/b&gt;</h1>", out);
    }

    @Test
    void sectionsMakePartsOptional() {
        TemplateSource t = TemplateSource.compile("<p>{{#author}}by {{author}}{{/author}}</p>");
        assertEquals("<p></p>", t.bind(Map.of()));
        assertEquals("<p>by Ada</p>", t.bind(Map.of("author", "Ada")));
    }

    @Test
    void missingKeyNamesKeyLineAndColumn() {
        TemplateSource t = TemplateSource.compile("<html>\n<body>\n  <h1>{{titel}}</h1>");
        ProblemException e = assertThrows(ProblemException.class, () -> t.bind(Map.of("title", "x")));
        Problem p = e.problem();
        assertEquals(Problem.Kind.TEMPLATE, p.kind());
        assertEquals(3, p.line());
        assertEquals(7, p.column());
        assertEquals("Missing data for {{titel}}: the data has no key \"titel\" "
                + "(wrap optional parts in {{#titel}}...{{/titel}})", p.message());
    }

    @Test
    void unclosedSectionIsMalformed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> TemplateSource.compile("<div>\n{{#author}}\n<p>x</p>\n</div>"));
        assertEquals("Malformed template: section {{#author}} is never closed with {{/author}}",
                e.problem().message());
        assertEquals(2, e.problem().line());
        assertEquals(1, e.problem().column());
    }

    @Test
    void unclosedTagIsMalformed() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> TemplateSource.compile("<h1>\n  {{title</h1>"));
        assertEquals("Malformed template: tag opened with {{ is never closed with }}", e.problem().message());
        assertEquals(2, e.problem().line());
        assertEquals(3, e.problem().column());
    }
}

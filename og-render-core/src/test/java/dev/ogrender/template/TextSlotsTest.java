package dev.ogrender.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Which templates are parsed once, and which data still goes through binding the whole text. */
class TextSlotsTest {

    private static TextSlots slots(String body) {
        return TextSlots.of(TemplateSource.compile("<html><head><style>h1 { color: red }</style></head><body>"
                + body + "</body></html>"));
    }

    @Test
    void textTagsAreFoundByTheirNodesRawText() {
        TextSlots slots = slots("<h1>{{title}}</h1><p>By <b>{{author}}</b> on {{date}}</p><p>{{title}}</p>");
        assertNotNull(slots);
        assertEquals(Set.of("{{title}}", "{{author}}", " on {{date}}"), slots.rawTexts());
        assertEquals(Map.of("{{title}}", "A & <B>", "{{author}}", "Ada", " on {{date}}", " on 1 May"),
                slots.bind(Map.of("title", "A & <B>", "author", "Ada", "date", "1 May")));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<img src='{{src}}'>",                                 // attribute: resources and cascade
        "<p style='color: {{c}}'>x</p>",
        "<p class={{c}}>x</p>",
        "<style>p { color: {{c}} }</style>",                   // CSS
        "{{#a}}<p>x</p>{{/a}}",                                 // section
        "<p>{{^a}}none{{/a}}</p>",
        "<p>{{{html}}}</p>",                                    // raw HTML
        "<p>{{&html}}</p>",
        "<pre>{{x}}</pre>",                                     // parser drops a leading newline
        "<textarea>{{x}}</textarea>",
        "<table><tr><td>{{x}}</td></tr></table>",               // foster parenting
        "<select><option>{{x}}</option></select>",
        "<svg><text>{{x}}</text></svg>",
        "<p>&{{x}}</p>",                                        // the value could finish a reference
        "<p>&amp{{x}}</p>",
        "<p><{{x}}</p>",                                        // or a tag
        "<h{{n}}>x</h1>",                                       // a tag in a tag name
        "<!-- {{x}} --><p>y</p>",                               // in a comment
        "<p>&#123;&#123;x&#125;&#125; {{y}}</p>",               // braces made by references
        "<p>&#123;&#123;#x&#125;&#125; {{y}}</p>",              // a section made by references
        "<p>{{! a comment }}</p>",
    })
    void templatesWhoseDataCanChangeMoreThanTextAreNot(String body) {
        assertNull(slots(body), body);
    }

    @Test
    void aTitleInTheHeadIsNotParsedOnce() {
        assertNull(TextSlots.of(TemplateSource.compile("<html><head><title>{{t}}</title></head><body><p>x</p>")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"p:empty { display: none }", "div:has(p:empty) { color: red }",
        "p:contains(x) { color: red }", "P:EMPTY { color: red }"})
    void stylesheetsThatSelectOnTextAreNot(String css) {
        assertNull(TextSlots.of(TemplateSource.compile("<style>" + css + "</style><p>{{x}}</p>")), css);
        assertNull(TextSlots.of(TemplateSource.compile("<p style='x:y' data-x=':empty'>{{x}}</p><style>"
                + css + "</style>")), css);
    }

    @Test
    void aTemplateWithoutTagsIsParsedOnce() {
        TextSlots slots = slots("<h1>Fixed</h1>");
        assertNotNull(slots);
        assertEquals(Map.of(), slots.bind(Map.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n\t", "a\r\nb", "a\rb", "nul\u0000", "\uFEFFbom"})
    void valuesTheParserWouldChangeGoThroughTheFullPath(String value) {
        TextSlots slots = slots("<h1>{{title}}</h1>");
        assertNull(slots.bind(Map.of("title", value)), "value " + value.codePoints().boxed().toList());
        assertNotNull(slots.bind(Map.of("title", "a\nb")));
    }

    @Test
    void aMissingKeyGoesThroughTheFullPathForItsError() {
        TextSlots slots = slots("<h1>{{title}}</h1>");
        assertNull(slots.bind(Map.of("titel", "x")));
    }
}

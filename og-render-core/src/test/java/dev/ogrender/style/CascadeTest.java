package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.style.Keywords.Display;
import org.junit.jupiter.api.Test;

class CascadeTest {

    @Test
    void laterRuleWinsAtEqualSpecificity() {
        assertEquals(0xFF0000FF, Styles.css("div{color:red} div{color:blue}", "<div id=t></div>").color);
    }

    @Test
    void higherSpecificityWinsOverOrder() {
        String css = "#t{color:red} .a.b{color:green} .a{color:blue} div{color:black}";
        assertEquals(0xFFFF0000, Styles.css(css, "<div id=t class='a b'></div>").color);
        assertEquals(0xFF008000, Styles.css(".a.b{color:green} .a{color:blue}", "<div id=t class='a b'></div>").color);
    }

    @Test
    void importantBeatsSpecificityAndInline() {
        String css = "div{color:red!important} #t{color:blue}";
        assertEquals(0xFFFF0000, Styles.css(css, "<div id=t style='color:green'></div>").color);
        assertEquals(0xFF008000, Styles.css(css, "<div id=t style='color:green !important'></div>").color);
    }

    @Test
    void inlineBeatsRules() {
        assertEquals(0xFF008000, Styles.css("#t.a{color:red}", "<div id=t class=a style='color:green'></div>").color);
    }

    @Test
    void laterDeclarationInSameRuleWins() {
        assertEquals(Length.px(2), Styles.css("div{margin:1px; margin-top:2px}", "<div id=t></div>").margin[0]);
        assertEquals(Length.px(1), Styles.css("div{margin-top:2px; margin:1px}", "<div id=t></div>").margin[0]);
    }

    @Test
    void invalidDeclarationDoesNotOverride() {
        assertEquals(0xFFFF0000, Styles.css("div{color:red} div{color:nonsense}", "<div id=t></div>").color);
    }

    @Test
    void authorBeatsUserAgentWhateverTheSpecificity() {
        assertEquals(Length.ZERO, Styles.css("*{margin:0}", "<p id=t></p>").margin[0]);
    }

    @Test
    void selectorKinds() {
        String body = "<section class=s><ul><li id=t class=x data-k=v>a</li><li>b</li></ul></section>";
        assertEquals(0xFFFF0000, Styles.css("section li{color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("ul > li.x{color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("section > li{color:blue} li{color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("[data-k=v]{color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("li:first-child{color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("li:nth-child(1){color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("li:not(.y){color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("*{color:red}", body).color);
        assertEquals(0xFFFF0000, Styles.css("p, li{color:red}", body).color);
        assertEquals(0xFF008000, Styles.css(":root{color:green}", body).color);
    }

    @Test
    void specificity() {
        assertEquals(0, Specificity.of("*"));
        assertEquals(1, Specificity.of("div"));
        assertEquals(1 << 10 | 1, Specificity.of("li:first-child"));
        assertEquals(1 << 20 | 2 << 10 | 2, Specificity.of("ul#a > li.x.y"));
        assertEquals(1 << 20 | 1, Specificity.of("li:not(#a)"));
        assertEquals(1, Specificity.of("li:where(#a, .b)"));
        assertEquals(2 << 10, Specificity.of(".a[href]"));
        assertEquals(1 << 10, Specificity.of(":root"));
    }

    @Test
    void displayNoneAndMetadataAreOmitted() {
        Styles s = Styles.of("<style>.h{display:none}</style><div id=a><div class=h id=b>x</div><script>x</script>"
            + "<!-- c --><span id=c>t</span></div>");
        assertNull(s.node("b"));
        StyledNode a = s.node("a");
        assertEquals(1, a.children().size());
        assertEquals("span", a.children().get(0).tag());
        assertTrue(a.children().get(0).children().get(0).isText());
        assertEquals("t", a.children().get(0).children().get(0).text());
    }

    @Test
    void textKeepsRawWhiteSpaceAndParentStyle() {
        Styles s = Styles.of("<p id=p style='color:red'>  a \n b </p>");
        StyledNode text = s.node("p").children().get(0);
        assertEquals("  a \n b ", text.text());
        assertEquals(0xFFFF0000, text.style().color);
    }

    @Test
    void unknownElementsAreInline() {
        assertEquals(Display.INLINE, Styles.of("<foo-bar id=t></foo-bar>").id("t").display);
        assertEquals(Display.INLINE, Styles.of("<span id=t></span>").id("t").display);
    }
}

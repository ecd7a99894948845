package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RobustnessTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "{{FONT_FACES}} div{color:red}",
        "",
        "/* only a comment */",
        "div{",
        "div{color:}",
        "}}}{{{",
        "div{color:red;;;;}",
        "div{background:url(data:image/png;base64,AAA=)}",
        "div{background:url('a,b.png') no-repeat center / cover}",
        "div{width:calc(100% - (2 * 10px))}",
        "div{font:}",
        "div{font-family:}",
        "div{flex:1 2 3 4}",
        "div{border-radius:/}",
        "div{margin:1px 2px 3px 4px 5px}",
        "div{color:rgb(}",
        "div{color:rgb(1,2)}",
        "div{background:linear-gradient()}",
        "div{background:linear-gradient(to, red, blue)}",
        "div{background-image:linear-gradient(red)}",
        "div{z-index:1.5}",
        "div{order:abc}",
        "@import url(x.css); div{color:red}",
        "@supports (display:grid){div{display:grid}}",
        "@keyframes k{from{opacity:0}to{opacity:1}}",
        "div:hover{color:red} a:focus{color:blue}",
        "div::after{content:''}",
        "div:has(> p){color:red}",
        "div:nth-of-type(2n+1){color:red}",
        "--x{}",
        "div{--x: 1px; width: var(--x)}",
        "div{color:#1e3; background:#1E3A}",
        "div{font-size:-1px; width:-5px}",
        "div{text-align:-webkit-center}",
        "DIV{COLOR:RED}",
    })
    void neverThrows(String css) {
        Styles s = Styles.of("<style>" + css + "</style><div id=t>x</div>");
        assertTrue(s.root != null);
    }

    @Test
    void propertyNamesAreCaseInsensitive() {
        assertEquals(0xFFFF0000, Styles.css("DIV{COLOR:RED}", "<div id=t></div>").color);
    }

    @Test
    void dynamicPseudoClassesNeverMatchAndDoNotWarn() {
        Styles s = Styles.of("<style>div:hover{color:red}</style><div id=t></div>");
        assertEquals(0xFF000000, s.id("t").color);
        assertEquals(List.of(), s.messages());
    }

    @Test
    void fontFaceIsKeptForTheFontLoaderWithoutWarnings() {
        String html = "<style>@font-face{font-family:Inter; src:local(X), url(a.woff2) format('woff2');"
            + " font-weight: 300 700; font-style: italic}</style>";
        assertEquals(List.of(), Styles.of(html).messages());
        assertEquals(List.of(new FontFaceRule("Inter", List.of(new FontFaceRule.Source("a.woff2", "woff2")), 300, 700,
            true, 1, 8)), StyleEngine.fontFaces(dev.ogrender.template.HtmlDocument.parse(html)));
    }

    @Test
    void styleInBodyAndSeveralBlocksCascadeInOrder() {
        String html = "<style>div{color:red}</style><div id=t></div><style>div{color:blue}</style>";
        assertEquals(0xFF0000FF, Styles.of(html).id("t").color);
    }

    @Test
    void importIsWarned() {
        Styles s = Styles.of("<style>@import url(x.css);\ndiv{color:red}</style><div id=t></div>");
        assertEquals(List.of("Unsupported at-rule \"@import\": stylesheets are not fetched (ignored)"), s.messages());
        assertEquals(0xFFFF0000, s.id("t").color);
    }

    @Test
    void hiddenAttributeHidesElement() {
        assertEquals(null, Styles.of("<div id=t hidden>x</div>").node("t"));
    }
}

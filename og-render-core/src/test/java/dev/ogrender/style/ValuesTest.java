package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ValuesTest {

    private static final String NESTED = "<div id=p><div id=t></div></div>";

    @Test
    void units() {
        ComputedStyle s = Styles.inline("width:12pt; height:1in; min-width:50%; max-width:0; margin-left:-2px");
        assertEquals(Length.px(16), s.width);
        assertEquals(Length.px(96), s.height);
        assertEquals(Length.percent(50), s.minWidth);
        assertEquals(Length.ZERO, s.maxWidth);
        assertEquals(Length.px(-2), s.margin[3]);
    }

    @Test
    void emUsesOwnFontSizeExceptForFontSize() {
        ComputedStyle t = Styles.css("#p{font-size:10px} #t{font-size:2em; padding:1.5em}", NESTED);
        assertEquals(20f, t.fontSize);
        assertEquals(Length.px(30), t.padding[0]);
        assertEquals(15f, Styles.css("#p{font-size:10px} #t{font-size:150%}", NESTED).fontSize);
    }

    @Test
    void remUsesRootFontSize() {
        ComputedStyle t = Styles.css("html{font-size:10px} #p{font-size:30px} #t{font-size:2rem; width:3rem}", NESTED);
        assertEquals(20f, t.fontSize);
        assertEquals(Length.px(30), t.width);
        assertEquals(32f, Styles.of("<html style='font-size:2rem'><div id=t></div></html>").id("t").fontSize,
            "on the root, rem is the initial font size");
    }

    @Test
    void fontSizeKeywords() {
        assertEquals(16f, Styles.inline("font-size:medium").fontSize);
        assertEquals(13f, Styles.inline("font-size:small").fontSize);
        assertEquals(32f, Styles.inline("font-size:xx-large").fontSize);
        assertEquals(19.2f, Styles.inline("font-size:larger").fontSize, 1e-4);
    }

    @Test
    void fontWeightAndStyle() {
        assertEquals(400, Styles.inline("font-weight:normal").fontWeight);
        assertEquals(700, Styles.inline("font-weight:bold").fontWeight);
        assertEquals(350, Styles.inline("font-weight:350").fontWeight);
        assertEquals(true, Styles.inline("font-style:oblique").italic);
    }

    @Test
    void lineHeightForms() {
        assertEquals(Float.NaN, Styles.inline("line-height:normal").lineHeightPx());
        assertEquals(24f, Styles.inline("line-height:1.5").lineHeightPx());
        assertEquals(20f, Styles.inline("line-height:20px").lineHeightPx());
        assertEquals(32f, Styles.inline("line-height:200%").lineHeightPx());
        assertEquals(32f, Styles.inline("line-height:2em").lineHeightPx());
    }

    @Test
    void letterSpacing() {
        assertEquals(0f, Styles.inline("letter-spacing:normal").letterSpacing);
        assertEquals(-0.8f, Styles.inline("letter-spacing:-0.05em").letterSpacing, 1e-6);
    }

    @Test
    void fontFamilyList() {
        assertEquals(java.util.List.of("helvetica neue", "open sans", "sans-serif"),
            Styles.inline("font-family: 'Helvetica Neue', Open Sans, sans-serif").fontFamily);
    }

    @Test
    void opacityAndZIndex() {
        assertEquals(0.5f, Styles.inline("opacity:50%").opacity);
        assertEquals(1f, Styles.inline("opacity:3").opacity);
        ComputedStyle z = Styles.inline("z-index:-3");
        assertEquals(-3, z.zIndex);
        assertEquals(false, z.zIndexAuto);
    }
}

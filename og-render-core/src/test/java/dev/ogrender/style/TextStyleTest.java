package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ogrender.internal.Problem;
import dev.ogrender.style.Keywords.OverflowWrap;
import dev.ogrender.style.Keywords.TextDecorationStyle;
import dev.ogrender.style.Keywords.TextOverflow;
import dev.ogrender.style.Keywords.WordBreak;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextStyleTest {

    @Test
    void decorationShorthandRecordsOneDecorationInTheCurrentColour() {
        ComputedStyle t = Styles.inline("color: #00ff00; text-decoration: underline overline wavy 3px");
        assertEquals(1, t.textDecorations.size());
        TextDecoration d = t.textDecorations.get(0);
        assertEquals(TextDecoration.UNDERLINE | TextDecoration.OVERLINE, d.lines());
        assertEquals(0xFF00FF00, d.argb());
        assertEquals(TextDecorationStyle.WAVY, d.style());
        assertEquals(3f, d.thickness().px(), 0.001f);
    }

    @Test
    void decorationsPropagateAndNoneCannotRemoveThem() {
        Styles s = Styles.of("<p style=\"text-decoration: underline red\"><span id=t"
            + " style=\"text-decoration: line-through; color: blue\">x</span></p>");
        List<TextDecoration> ds = s.id("t").textDecorations;
        assertEquals(2, ds.size());
        assertEquals(0xFFFF0000, ds.get(0).argb());
        assertEquals(TextDecoration.LINE_THROUGH, ds.get(1).lines());
        assertEquals(0xFF0000FF, ds.get(1).argb());
        Styles none = Styles.of("<p style=\"text-decoration: underline\"><span id=t style=\"text-decoration: none\">"
            + "x</span></p>");
        assertEquals(1, none.id("t").textDecorations.size());
    }

    @Test
    void wrappingKeywordsAndAliases() {
        ComputedStyle t = Styles.inline("word-wrap: anywhere; word-break: break-all; text-overflow: ellipsis;"
            + " text-indent: 2em; word-spacing: 0.5em; font-size: 20px");
        assertEquals(OverflowWrap.ANYWHERE, t.overflowWrap);
        assertEquals(WordBreak.BREAK_ALL, t.wordBreak);
        assertEquals(TextOverflow.ELLIPSIS, t.textOverflow);
        assertEquals(Length.px(40), t.textIndent);
        assertEquals(10f, t.wordSpacing, 0.001f);
    }

    @Test
    void lineClampNeedsTheWebkitBox() {
        ComputedStyle t = Styles.inline("display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3");
        assertEquals(3, t.lineClamp);
        assertEquals(true, t.webkitBox);
        assertEquals(true, t.boxOrientVertical);
        assertEquals(Keywords.Display.BLOCK, t.display);
    }

    @Test
    void badValuesSayWhatIsAllowedAndWhere() {
        Styles s = Styles.of("<style>\n#t {\n    text-overflow: foo;\n  word-break: sometimes;\n"
            + "  -webkit-line-clamp: 0;\n  text-decoration: underline underline;\n"
            + "  text-decoration-style: zigzag;\n  overflow-wrap: 3px;\n}</style><div id=t></div>");
        assertEquals(List.of(
            new Problem(Problem.Kind.STYLE, "Invalid value \"foo\" for text-overflow. Allowed: clip | ellipsis", 3, 5),
            new Problem(Problem.Kind.STYLE, "Invalid value \"sometimes\" for word-break. Allowed: normal | break-all"
                + " | keep-all | break-word", 4, 3),
            new Problem(Problem.Kind.STYLE, "Invalid value \"0\" for -webkit-line-clamp. Allowed: none | <integer>",
                5, 3),
            new Problem(Problem.Kind.STYLE, "Invalid value \"underline underline\" for text-decoration. Allowed:"
                + " <line> || <style> || <color> || <thickness>", 6, 3),
            new Problem(Problem.Kind.STYLE, "Invalid value \"zigzag\" for text-decoration-style. Allowed: solid"
                + " | double | dotted | dashed | wavy", 7, 3),
            new Problem(Problem.Kind.STYLE, "Invalid value \"3px\" for overflow-wrap. Allowed: normal | break-word"
                + " | anywhere", 8, 3)), s.diag.warnings());
        assertNull(s.id("t").textDecorationColor);
    }

    @Test
    void verticalAlignAndAspectRatio() {
        ComputedStyle t = Styles.inline("vertical-align: -25%; aspect-ratio: 16 / 9");
        assertEquals(Keywords.VerticalAlign.LENGTH, t.verticalAlign);
        assertEquals(Length.percent(-25), t.verticalAlignLength);
        assertEquals(16f / 9f, t.aspectRatio, 1e-6f);
        assertEquals(2f, Styles.inline("aspect-ratio: auto 2").aspectRatio, 1e-6f);
        Styles bad = Styles.of("<div id=t style=\"vertical-align: length; aspect-ratio: 16 / px\"></div>");
        assertEquals(List.of("Invalid value \"length\" for vertical-align. Allowed: baseline | middle | top | bottom"
            + " | text-top | text-bottom | sub | super | <length> | <percentage>",
            "Invalid value \"16/px\" for aspect-ratio. Allowed: auto | <number> [/ <number>]?"), bad.messages());
    }
}

package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.style.Keywords.Align;
import dev.ogrender.style.Keywords.BoxSizing;
import dev.ogrender.style.Keywords.Display;
import dev.ogrender.style.Keywords.FlexDirection;
import dev.ogrender.style.Keywords.JustifyContent;
import dev.ogrender.style.Keywords.Overflow;
import dev.ogrender.style.Keywords.TextTransform;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCardTest {

    static String card() {
        try (InputStream in = ReferenceCardTest.class.getResourceAsStream("/style/card.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                .replace("{{FONT_FACES}}", "")
                .replace("{{category}}", "<span id=cat>Engineering</span>")
                .replace("{{title}}", "Building a renderer")
                .replace("{{author}}", "Ada");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private final Styles s = Styles.of(card()
        .replace("class=\"category\"", "id=category class=\"category\"")
        .replace("class=\"title\"", "id=title class=\"title\"")
        .replace("class=\"footer\"", "id=footer class=\"footer\"")
        .replace("class=\"author\"", "id=author class=\"author\"")
        .replace("class=\"avatar\"", "id=avatar class=\"avatar\"")
        .replace("class=\"author-name\"", "id=name class=\"author-name\"")
        .replace("class=\"logo\"", "id=logo class=\"logo\"")
        .replace("<body>", "<body id=body>"));

    @Test
    void noWarnings() {
        assertEquals(List.of(), s.messages());
    }

    @Test
    void htmlAndBody() {
        ComputedStyle html = s.root.style();
        assertEquals(Length.px(1200), html.width);
        assertEquals(Length.px(630), html.height);
        assertEquals(Overflow.HIDDEN, html.overflow);
        ComputedStyle body = s.id("body");
        assertEquals(Display.FLEX, body.display);
        assertEquals(FlexDirection.COLUMN, body.flexDirection);
        assertEquals(JustifyContent.SPACE_BETWEEN, body.justifyContent);
        assertEquals(BoxSizing.BORDER_BOX, body.boxSizing);
        assertEquals(Length.ZERO, body.margin[0]);
        assertEquals(Length.px(60), body.padding[3]);
        assertEquals(0xFFFFFFFF, body.color);
        assertEquals(0, body.backgroundColor);
        assertEquals(List.of("inter", "sans-serif"), body.fontFamily);
        assertEquals(List.of(new LinearGradient(135, 0, 0, false, List.of(
            new ColorStop(0xFF667EEA, Length.percent(0)), new ColorStop(0xFF764BA2, Length.percent(100))))),
            body.backgroundImages);
    }

    @Test
    void textBlocks() {
        ComputedStyle cat = s.id("category");
        assertEquals(24f, cat.fontSize);
        assertEquals(500, cat.fontWeight);
        assertEquals(TextTransform.UPPERCASE, cat.textTransform);
        assertEquals(2f, cat.letterSpacing);
        assertEquals(0.9f, cat.opacity);
        ComputedStyle span = s.id("cat");
        assertEquals(1f, span.opacity, "opacity is not inherited");
        assertEquals(TextTransform.UPPERCASE, span.textTransform);
        ComputedStyle title = s.id("title");
        assertEquals(64f, title.fontSize);
        assertEquals(800, title.fontWeight);
        assertEquals(1.2f, title.lineHeight);
        assertTrue(title.lineHeightIsFactor);
        assertEquals(Length.px(900), title.maxWidth);
        assertEquals(Length.ZERO, title.margin[0], "author * { margin: 0 } beats the UA h1 margin");
        assertEquals(Display.BLOCK, title.display);
    }

    @Test
    void footer() {
        assertEquals(Display.FLEX, s.id("footer").display);
        assertEquals(Align.CENTER, s.id("footer").alignItems);
        ComputedStyle author = s.id("author");
        assertEquals(Length.px(16), author.rowGap);
        assertEquals(Length.px(16), author.columnGap);
        ComputedStyle avatar = s.id("avatar");
        assertEquals(Length.px(48), avatar.width);
        for (int i = 0; i < 4; i++) {
            assertEquals(Length.percent(50), avatar.radiusX[i]);
            assertEquals(Length.percent(50), avatar.radiusY[i]);
        }
        assertEquals(0xFFFFFFFF, avatar.backgroundColor);
        assertEquals(List.of(), avatar.backgroundImages);
        assertEquals(500, s.id("name").fontWeight);
        assertEquals(32f, s.id("logo").fontSize);
        assertEquals(700, s.id("logo").fontWeight);
    }

    @Test
    void treeOmitsHead() {
        assertEquals("html", s.root.tag());
        assertTrue(s.root.children().stream().noneMatch(n -> "head".equals(n.tag())));
    }
}

package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.ogrender.style.BackgroundLayers.Area;
import dev.ogrender.style.BackgroundLayers.ObjectFit;
import dev.ogrender.style.BackgroundLayers.Position;
import dev.ogrender.style.BackgroundLayers.Repeat;
import dev.ogrender.style.BackgroundLayers.RepeatStyle;
import dev.ogrender.style.BackgroundLayers.Size;
import dev.ogrender.style.BackgroundLayers.SizeKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class BackgroundLayersTest {

    @Test
    void shorthandReadsEveryPartOfALayerInAnyOrder() {
        ComputedStyle s = Styles.inline("font-size: 10px; background: no-repeat content-box padding-box"
            + " url('a b.png') right 2em bottom 10% / 50% auto #ff0000");
        assertEquals(List.of(new ImageRef("a b.png", 0, 0)).get(0).url(), ((ImageRef) s.backgroundImages.get(0)).url());
        assertEquals(List.of(new Position(Length.px(20), true, Length.percent(10), true)), s.backgroundPosition);
        assertEquals(List.of(new Size(SizeKind.EXPLICIT, Length.percent(50), Length.AUTO)), s.backgroundSize);
        assertEquals(List.of(new Repeat(RepeatStyle.NO_REPEAT, RepeatStyle.NO_REPEAT)), s.backgroundRepeat);
        assertEquals(List.of(Area.CONTENT_BOX), s.backgroundOrigin);
        assertEquals(List.of(Area.PADDING_BOX), s.backgroundClip);
        assertEquals(0xFFFF0000, s.backgroundColor);
    }

    @Test
    void dataUriWithCommasAndParenthesesIsOneUrl() {
        ComputedStyle s = Styles.css("#t { background-image: url(\"data:image/svg+xml,<svg a='(1,2)'/>\"), url(b.png) }",
            "<div id=t></div>");
        assertEquals("data:image/svg+xml,<svg a='(1,2)'/>", ((ImageRef) s.backgroundImages.get(0)).url());
        assertEquals("b.png", ((ImageRef) s.backgroundImages.get(1)).url());
    }

    @Test
    void positionKeywordsSwapAndDefaultToCenter() {
        assertEquals(List.of(new Position(Length.percent(0), false, Length.percent(0), false)),
            Styles.inline("background-position: top left").backgroundPosition);
        assertEquals(List.of(new Position(Length.percent(50), false, Length.percent(0), true)),
            Styles.inline("background-position: bottom").backgroundPosition);
        assertEquals(List.of(new Position(Length.px(10), false, Length.percent(50), false)),
            Styles.inline("background-position: 10px").backgroundPosition);
    }

    @Test
    void repeatTwoValuesAndAxisKeywords() {
        assertEquals(List.of(new Repeat(RepeatStyle.REPEAT, RepeatStyle.NO_REPEAT),
            new Repeat(RepeatStyle.SPACE, RepeatStyle.ROUND)),
            Styles.inline("background-repeat: repeat-x, space round").backgroundRepeat);
    }

    @Test
    void objectFitAndPosition() {
        ComputedStyle s = Styles.inline("object-fit: scale-down; object-position: right 5px top");
        assertEquals(ObjectFit.SCALE_DOWN, s.objectFit);
        assertEquals(new Position(Length.px(5), true, Length.px(0), false), s.objectPosition);
    }

    @Test
    void invalidValuesNameWhatIsAllowed() {
        Styles s = Styles.of("<div style=\"background-size: big; object-fit: squash; background-repeat: twice\">");
        assertEquals(List.of(
            "Invalid value \"big\" for background-size. Allowed: cover | contain | [<length-percentage> | auto]{1,2}, ...",
            "Invalid value \"squash\" for object-fit. Allowed: fill | contain | cover | none | scale-down",
            "Invalid value \"twice\" for background-repeat. Allowed: repeat-x | repeat-y | [repeat | no-repeat | space"
                + " | round]{1,2}, ..."), s.messages());
    }

    @Test
    void imgSrcAndDimensionAttributesBecomeStyle() {
        Styles s = Styles.of("<img id=t src=\"a.png\" width=\"120\" height=\"50%\">");
        ComputedStyle img = s.id("t");
        assertEquals("a.png", img.replacedImage.url());
        assertEquals(Length.px(120), img.width);
        assertEquals(Length.percent(50), img.height);
        assertNull(Styles.inline("color: red").replacedImage);
    }

    @Test
    void unquotedDataUriInAStyleAttributeKeepsItsSemicolon() {
        ComputedStyle s = Styles.inline("background: url(data:image/png;base64,iVBORw0KGgo=) no-repeat");
        assertEquals("data:image/png;base64,iVBORw0KGgo=", ((ImageRef) s.backgroundImages.get(0)).url());
    }
}

package dev.ogrender.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static final String TEXT = "Open Graph images are rendered from HTML templates without a browser,"
            + " at the same words as Chromium.";

    /** @return the text of each line of a box, fragments joined */
    private static List<String> lines(BoxFragment box) {
        List<String> out = new ArrayList<>();
        float baseline = Float.NaN;
        for (TextFragment t : box.text()) {
            if (t.baseline() != baseline) {
                out.add("");
                baseline = t.baseline();
            }
            out.set(out.size() - 1, out.get(out.size() - 1) + t.content());
        }
        return out;
    }

    private static BoxFragment box(String css, String text) {
        return Layouts.find(Layouts.layout(Layouts.page("body { font-family: Inter; font-size: 40px;"
                + " line-height: 56px } #t { width: 640px } " + css, "<div id=t>" + text + "</div>")), "t");
    }

    @Test
    void ellipsisEndsTheOnlyLineInsideTheBox() {
        BoxFragment b = box("#t { white-space: nowrap; overflow: hidden; text-overflow: ellipsis }", TEXT);
        List<String> lines = lines(b);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).endsWith("\u2026"), lines.get(0));
        assertEquals("Open Graph images are render\u2026", lines.get(0));
        TextFragment last = b.text().get(b.text().size() - 1);
        assertTrue(last.x() + last.width() <= b.x() + 640 + 0.01f);
    }

    @Test
    void textThatFitsGetsNoEllipsis() {
        assertEquals(List.of("Short"), lines(box("#t { white-space: nowrap; overflow: hidden;"
                + " text-overflow: ellipsis }", "Short")));
    }

    @Test
    void lineClampKeepsThreeLinesAndEndsWithAnEllipsisAfterAWord() {
        BoxFragment b = box("#t { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 3;"
                + " overflow: hidden }", TEXT + " " + TEXT);
        List<String> lines = lines(b);
        assertEquals(3, lines.size());
        assertEquals(3 * 56f, b.height(), 0.01f);
        assertTrue(lines.get(2).endsWith("\u2026"), lines.get(2));
        assertTrue(Character.isLetterOrDigit(lines.get(2).charAt(lines.get(2).length() - 2))
                || lines.get(2).charAt(lines.get(2).length() - 2) == ',', lines.get(2));
    }

    private static final String TITLE = "How we migrated forty-two microservices from a hand-rolled message bus"
            + " to managed streams";

    private static String clampedLast(String width) {
        List<String> lines = lines(box("#t { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2;"
                + " overflow: hidden; font-size: 30px; line-height: 36px; font-weight: 800; letter-spacing: -0.5px;"
                + " width: " + width + " }", TITLE));
        assertEquals(2, lines.size());
        return lines.get(1);
    }

    /** Chromium 156 (fixtures/text/line-clamp/ellipsis-inside-word): truncated at a character, not a break. */
    @Test
    void lineClampCutsTheClampedLineInsideAWordAsChromiumDoes() {
        assertEquals("microservices from a hand-roll\u2026", clampedLast("484px"));
        assertEquals("microservices from a hand-rolle\u2026", clampedLast("499px"));
        assertEquals("microservices from a hand-\u2026", clampedLast("461px"));
    }

    /** Chromium 156 (fixtures/text/text-overflow/ellipsis-inside-word): every character that fits stays. */
    @Test
    void textOverflowKeepsEveryCharacterThatLeavesRoomForTheEllipsis() {
        String text = "A year-long story of dual writes, shadow consumers and replay tooling";
        String css = "#t { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 28px; width: ";
        assertEquals(List.of("A year-long story of dual writes, sh\u2026"), lines(box(css + "491px }", text)));
        assertEquals(List.of("A year-long story of dual writes, shado\u2026"), lines(box(css + "542px }", text)));
        assertEquals(List.of("A year-long story of dual writes, sha\u2026"),
                lines(box(css + "593px; letter-spacing: 2px }", text)));
    }

    /** Chromium 156 (fixtures/text/text-overflow/ellipsis-after-space): a space that fits stays before it. */
    @Test
    void textOverflowKeepsATrailingSpaceThatFitsBeforeTheEllipsis() {
        String css = "#t { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; font-size: 20px; width: ";
        String is = "i ".repeat(70).trim();
        String ws = "W ".repeat(47).trim();
        String iLine = lines(box(css + "627px }", is)).get(0);
        String wLine = lines(box(css + "644px }", ws)).get(0);
        assertTrue(iLine.endsWith("i \u2026") && wLine.endsWith("W \u2026"), iLine + " / " + wLine);
        assertEquals("dual-writes-shadow-consumers-replay-tooling-clock-skew-bugs-t\u2026",
                lines(box(css + "661px }", "dual-writes-shadow-consumers-replay-tooling-clock-skew-bugs-tuesdays")).get(0));
    }

    @Test
    void lineClampWithoutWebkitBoxDoesNothing() {
        assertEquals(lines(box("", TEXT + " " + TEXT)).size(),
                lines(box("#t { -webkit-line-clamp: 2 }", TEXT + " " + TEXT)).size());
    }

    @Test
    void breakAllBreaksInsideWordsAndNormalDoesNot() {
        String url = "https://example.com/very/long/path/with-words";
        assertEquals(List.of("https://example.com/very/long/path/with-", "words"),
                lines(box("#t { width: 900px }", url)));
        List<String> all = lines(box("#t { width: 300px; word-break: break-all }", url));
        assertTrue(all.size() >= 3, all.toString());
        assertEquals(url, String.join("", all));
    }

    @Test
    void overflowWrapBreaksOnlyTheWordThatDoesNotFit() {
        List<String> normal = lines(box("#t { width: 300px }", "Hi Supercalifragilisticexpialidocious"));
        assertEquals(List.of("Hi", "Supercalifragilisticexpialidocious"), normal);
        List<String> wrapped = lines(box("#t { width: 300px; overflow-wrap: break-word }",
                "Hi Supercalifragilisticexpialidocious"));
        assertEquals("Hi", wrapped.get(0));
        assertTrue(wrapped.size() >= 3, wrapped.toString());
    }

    @Test
    void textIndentMovesOnlyTheFirstLine() {
        BoxFragment b = box("#t { text-indent: 80px }", TEXT);
        float left = b.x();
        List<Float> starts = new ArrayList<>();
        float baseline = Float.NaN;
        for (TextFragment t : b.text()) {
            if (t.baseline() != baseline) {
                starts.add(t.x() - left);
                baseline = t.baseline();
            }
        }
        assertEquals(80f, starts.get(0), 0.01f);
        assertEquals(0f, starts.get(1), 0.01f);
    }

    @Test
    void justifyFillsEveryLineButTheLast() {
        BoxFragment b = box("#t { text-align: justify }", TEXT);
        List<TextFragment> t = b.text();
        float firstBaseline = t.get(0).baseline();
        TextFragment endOfFirst = t.stream().filter(f -> f.baseline() == firstBaseline)
                .reduce((a, c) -> c).orElseThrow();
        String trimmed = endOfFirst.content().stripTrailing();
        float right = endOfFirst.x() + endOfFirst.run().width(endOfFirst.start(), endOfFirst.start() + trimmed.length());
        assertEquals(b.x() + 640, right, 0.05f);
        TextFragment last = t.get(t.size() - 1);
        assertTrue(last.x() + last.width() < b.x() + 600);
    }

    @Test
    void balanceKeepsTheLineCountAndEvensTheLines() {
        // The page of fixtures/text/text-wrap/balance.html, where Chromium breaks at these words.
        String css = "#t { width: 698px; font-size: 32px; line-height: 46px }";
        List<String> greedy = lines(box(css, TEXT));
        List<String> balanced = lines(box(css + " #t { text-wrap: balance }", TEXT));
        assertEquals(List.of("Open Graph images are rendered from HTML", "templates without a browser, at the same",
                "words as Chromium."), greedy);
        assertEquals(List.of("Open Graph images are rendered from", "HTML templates without a browser,",
                "at the same words as Chromium."), balanced);
    }

    @Test
    void wordSpacingWidensEverySpace() {
        float plain = box("#t { white-space: nowrap }", "a b c").text().get(0).width();
        float spaced = box("#t { white-space: nowrap; word-spacing: 10px }", "a b c").text().get(0).width();
        assertEquals(plain + 20f, spaced, 0.01f);
    }

    @Test
    void specifiedLineHeightIsFlooredToALayoutUnit() {
        // Blink keeps line heights in 1/64 px: 1.05 x 64px = 67.2 is used as 67.1875, 1.45 x 24px as 34.796875
        BoxFragment one = box("#t { font-size: 64px; line-height: 1.05 }", "Senior");
        assertEquals(67.1875f, one.height(), 1e-4);
        BoxFragment two = box("#t { width: 200px; font-size: 24px; line-height: 1.45 }", "Build the platform that");
        assertEquals(2, lines(two).size());
        assertEquals(2 * 34.796875f, two.height(), 1e-4);
    }
}

package dev.ogrender.style;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.internal.Diagnostics;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class StylePerformanceTest {

    @Test
    void parsedSheetsAreCached() {
        assertSame(SheetParser.stylesheet("a{color:red}", 3, 4), SheetParser.stylesheet("a{color:red}", 3, 4));
        assertSame(SheetParser.userAgent(), SheetParser.userAgent());
    }

    /** The budget is well under 1 ms per card; the bound here is loose so a busy machine does not fail it. */
    @Test
    void warmCardCascadeIsFast() {
        Document doc = Jsoup.parse(ReferenceCardTest.card(), "", Parser.htmlParser().setTrackPosition(true));
        for (int i = 0; i < 2000; i++) {
            StyleEngine.style(doc, new Diagnostics(false));
        }
        int n = 2000;
        long t0 = System.nanoTime();
        for (int i = 0; i < n; i++) {
            StyleEngine.style(doc, new Diagnostics(false));
        }
        double ms = (System.nanoTime() - t0) / 1e6 / n;
        System.out.printf("warm card cascade: %.4f ms%n", ms);
        assertTrue(ms < 2.0, "warm cascade took " + ms + " ms");
    }
}

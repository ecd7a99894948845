package dev.ogrender.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.fidelity.FidelityCards.Card;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityCardsTest {

    @TempDir
    Path dir;

    @Test
    void findsHtmlPagesWithTheirReferencesAndThresholds() throws IOException {
        Files.writeString(dir.resolve("b.html"), "<p>b</p>");
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.write(dir.resolve("a.png"), new byte[0]);
        Files.writeString(dir.resolve("notes.txt"), "ignored");
        Files.writeString(dir.resolve(FidelityCards.THRESHOLDS), "# why\nb = 0.97\n");

        List<Card> cards = FidelityCards.in(dir).cards();

        assertEquals(List.of("a", "b"), cards.stream().map(Card::name).toList());
        assertTrue(cards.get(0).hasReference());
        assertFalse(cards.get(1).hasReference());
        assertEquals(FidelityCards.DEFAULT_MIN_SSIM, cards.get(0).minSsim());
        assertEquals(0.97, cards.get(1).minSsim());
    }

    @Test
    void reportsThresholdsForMissingCards() throws IOException {
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve(FidelityCards.THRESHOLDS), "a-typo = 0.9\n");

        assertEquals(List.of("a-typo"), FidelityCards.in(dir).unknownThresholdNames());
    }

    @Test
    void rejectsThresholdsOutsideTheSsimRange() throws IOException {
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve(FidelityCards.THRESHOLDS), "a = 99\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FidelityCards.in(dir).cards());
        assertEquals("Invalid minimum SSIM \"99\" for a in thresholds.properties. Allowed: a number in (0, 1]",
                e.getMessage());
    }
}

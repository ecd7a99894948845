package dev.ogrender.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ogrender.fidelity.FidelityCases.Case;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FidelityCasesTest {

    @TempDir
    Path dir;

    @Test
    void findsPagesAtAnyDepthWithTheirReferencesAndTolerances() throws IOException {
        Files.createDirectories(dir.resolve("flex/gap"));
        Files.writeString(dir.resolve("flex/gap/row.html"),
                "<head><meta name=\"og-render:min-ssim\" content=\"0.97\">"
                        + "<meta name=\"og-render:max-off-pixels\" content=\"0.25%\"></head><p>b</p>");
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.write(dir.resolve("a.png"), new byte[0]);
        Files.writeString(dir.resolve("notes.txt"), "ignored");

        List<Case> cases = FidelityCases.in(dir).cases();

        assertEquals(List.of("a", "flex/gap/row"), cases.stream().map(Case::name).toList());
        assertTrue(cases.get(0).hasReference());
        assertFalse(cases.get(1).hasReference());
        assertEquals(FidelityCases.DEFAULT_MIN_SSIM, cases.get(0).minSsim());
        assertEquals(0.01, cases.get(0).maxOffShare(), 1e-12);
        assertEquals(0.97, cases.get(1).minSsim());
        assertEquals(0.0025, cases.get(1).maxOffShare(), 1e-12);
        assertEquals(dir.resolve("flex/gap/row.png"), cases.get(1).reference());
    }

    @Test
    void rejectsToleranceOutsideTheirRanges() throws IOException {
        Files.writeString(dir.resolve("a.html"), "<meta name=\"og-render:min-ssim\" content=\"99\">");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FidelityCases.in(dir).cases());
        assertEquals("Invalid og-render:min-ssim \"99\" in a. Allowed: a number in (0, 1]", e.getMessage());

        Files.writeString(dir.resolve("a.html"), "<meta name=\"og-render:max-off-pixels\" content=\"12\">");
        e = assertThrows(IllegalArgumentException.class, () -> FidelityCases.in(dir).cases());
        assertEquals("Invalid og-render:max-off-pixels \"12\" in a. Allowed: a percentage from 0% to 100%, e.g. 0.5%",
                e.getMessage());
    }
}

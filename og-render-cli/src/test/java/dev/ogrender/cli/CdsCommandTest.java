package dev.ogrender.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CdsCommandTest {

    /**
     * On JDK 17 an archive made by a JVM with a JIT can hold methods marked "queued for compilation"
     * forever (JDK-8306460); {@code LauncherIT} checks the effect, a batch whose encoder gets compiled.
     */
    @Test
    void trainsInTheInterpreterSoTheArchiveHoldsNoJitState() {
        List<String> command = CdsCommand.trainingCommand("/jdk/bin/java", Path.of("/x/og-render.jar"),
                Path.of("/c/a.jsa.part"), List.of("render", "card.html"));
        int main = command.indexOf(Main.class.getName());
        assertEquals("/jdk/bin/java", command.get(0));
        assertTrue(command.subList(0, main).contains("-Xint"), command.toString());
        assertTrue(command.subList(0, main).contains("-XX:ArchiveClassesAtExit=/c/a.jsa.part"), command.toString());
        assertEquals(List.of("render", "card.html"), command.subList(main + 1, command.size()));
    }
}

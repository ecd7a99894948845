package dev.ogrender.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's import rules from docs/architecture.md, checked by scanning the main sources: each
 * stage imports only the stages before it, and only paint and image touch Java2D images and graphics.
 */
class ArchitectureRulesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/ogrender");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.ogrender\\.(\\w+)\\.", Pattern.MULTILINE);
    private static final Pattern JAVA2D = Pattern.compile("^import java\\.awt\\.(Graphics2D|image\\.BufferedImage);",
            Pattern.MULTILINE);

    private static final Map<String, Set<String>> ALLOWED = Map.of(
            "api", Set.of("template", "style", "text", "layout", "paint", "image", "internal"),
            "template", Set.of("internal"),
            "style", Set.of("template", "internal"),
            "text", Set.of("style", "internal", "fonts"),
            "layout", Set.of("style", "text", "internal"),
            "paint", Set.of("layout", "text", "style", "internal"),
            "image", Set.of("internal"),
            "internal", Set.of());

    @Test
    void packagesImportOnlyEarlierStages() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = SOURCES.relativize(file).getName(0).toString();
            String text = Files.readString(file);
            Matcher m = IMPORT.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(pkg) && !ALLOWED.getOrDefault(pkg, Set.of()).contains(target)) {
                    violations.add(SOURCES.relativize(file) + " imports dev.ogrender." + target);
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void onlyPaintAndImageTouchJava2dSurfaces() throws IOException {
        List<String> violations = new ArrayList<>();
        for (Path file : javaFiles()) {
            String pkg = SOURCES.relativize(file).getName(0).toString();
            if (Set.of("paint", "image", "api").contains(pkg)) {
                continue;
            }
            if (JAVA2D.matcher(Files.readString(file)).find()) {
                violations.add(SOURCES.relativize(file).toString());
            }
        }
        assertEquals(List.of(), violations);
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> s = Files.walk(SOURCES)) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }
}

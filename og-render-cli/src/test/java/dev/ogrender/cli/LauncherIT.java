package dev.ogrender.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code bin/og-render} launcher (a POSIX shell script) with the built {@code og-render.jar}: an
 * integration test, run by maven-failsafe after {@code package}, since it needs the jar.
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "bin/og-render is a POSIX shell script")
class LauncherIT {

    private static final Path ROOT = Path.of(System.getProperty("og-render.root", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("og-render.jar", "target/og-render.jar"))
            .toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void makesItsClassArchiveAfterTheFirstRunAndLaterRunsStartAndCompileWithIt() throws Exception {
        Path cache = dir.resolve("cache");
        Path first = dir.resolve("first.png");
        Process run = launch(cache, Map.of(), "render", "examples/blog-card.html", "--data", "examples/blog-card.json",
                "-o", first.toString());
        // A maker running alongside the first run would take a core from it (docs/benchmarks.md, fifth pass).
        boolean makerDuringRun = false;
        while (run.isAlive()) {
            makerDuringRun |= archiveMakerRunning(cache);
            Thread.sleep(20);
        }
        String firstOutput = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, run.exitValue(), firstOutput);
        assertFalse(makerDuringRun, "the archive was being made while the first run was still going");
        assertCard(first);

        Path archive = awaitArchive(cache, Duration.ofMinutes(3));
        Path second = dir.resolve("second.png");
        Process next = launch(cache, Map.of("OG_RENDER_JAVA_OPTS", "-XX:+PrintCommandLineFlags"), "render",
                "examples/blog-card.html", "--data", "examples/blog-card.json", "-o", second.toString());
        String output = new String(next.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, next.waitFor(), output);
        assertTrue(output.contains("-XX:SharedArchiveFile=" + archive), "the second run's flags: " + output);
        assertCard(second);
        assertEquals(Files.size(first), Files.size(second), "the archive changes how fast, not what is drawn");

        // An archive made by a JVM with a JIT could hold the encoder's hottest methods as queued for
        // compilation for good (JDK-8306460, JDK 17): every batch then ran ten times slower. With this
        // archive they must be compiled within a few cards.
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 20; i++) {
            lines.append("{\"name\": \"card-").append(i).append("\", \"title\": \"Card number ").append(i)
                    .append("\", \"category\": \"Guide\", \"author\": \"A\"}\n");
        }
        Path items = Files.writeString(dir.resolve("items.jsonl"), lines);
        Process batch = launch(cache, Map.of("OG_RENDER_JAVA_OPTS", "-XX:+PrintCompilation"), "batch",
                "examples/blog-card.html", "--data", items.toString(), "--out-dir", dir.resolve("out").toString());
        String compiled = new String(batch.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, batch.waitFor(), compiled);
        assertTrue(compiled.contains("rendered 20 images"), compiled);
        for (String method : List.of("dev.ogrender.image.FastDeflate::match ", "dev.ogrender.image.FastDeflate::hash ")) {
            assertTrue(compiled.contains(method), method + "was never compiled in a batch that started with the archive");
        }
    }

    private Process launch(Path cache, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("sh", ROOT.resolve("bin/og-render").toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        pb.environment().put("XDG_CACHE_HOME", cache.toString());
        pb.environment().put("OG_RENDER_JAR", JAR.toString());
        pb.environment().put("JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        pb.environment().remove("OG_RENDER_CDS");
        pb.environment().remove("OG_RENDER_JAVA_OPTS");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** @return whether a JVM making an archive into this cache runs now (not the shell waiting to start it) */
    private static boolean archiveMakerRunning(Path cache) {
        String marker = "cds --archive " + cache.resolve("og-render");
        return ProcessHandle.allProcesses()
                .anyMatch(p -> p.info().commandLine().map(c -> c.contains(marker)).orElse(false));
    }

    private static Path awaitArchive(Path cache, Duration limit) throws IOException, InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        Path folder = cache.resolve("og-render");
        while (System.nanoTime() < end) {
            if (Files.isDirectory(folder)) {
                List<Path> files;
                try (Stream<Path> listing = Files.list(folder)) {
                    files = listing.toList();
                }
                assertFalse(files.stream().anyMatch(f -> f.toString().endsWith(".failed")), "making the archive failed");
                List<Path> done = files.stream().filter(f -> f.toString().endsWith(".jsa")).toList();
                if (!done.isEmpty() && !archiveMakerRunning(cache)) {
                    return done.get(0);
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no archive in " + folder + " after " + limit);
    }

    private static void assertCard(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is not an image");
        assertEquals(1200, image.getWidth());
        assertEquals(630, image.getHeight());
    }
}

package dev.ogrender.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ogrender.api.OgRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;
    Path template;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void writeTemplate() throws IOException {
        template = Files.writeString(dir.resolve("card.html"),
                "<html><body style=\"background:#123\"><h1>{{title}}</h1></body></html>");
    }

    private int run(String... args) {
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private void assertOneErrorLine(int code, String expected) {
        assertEquals(1, code, "exit code; stderr: " + err);
        assertEquals("og-render: error: " + expected, err.toString().strip());
    }

    @Test
    void versionPrintsTheProgramName() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("og-render "), out.toString());
    }

    @Test
    void helpListsTheRenderCommand() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("render"), out.toString());
        assertEquals(0, run("render", "--help"));
        assertTrue(out.toString().contains("--set"), out.toString());
    }

    @Test
    void cdsNeedsTheJar() {
        // under the test runner Main is loaded from target/classes, a folder: no jar to archive
        int code = run("cds", "--archive", dir.resolve("a.jsa").toString());
        assertEquals(1, code);
        assertTrue(err.toString().startsWith("og-render: error: og-render cds works from og-render.jar only"),
                err.toString());
    }

    /** A wide subtle gradient: rounded plainly it is eight flat bands, dithered the levels alternate. */
    @Test
    void noDitherRoundsGradientsPlainly() throws IOException {
        Path card = Files.writeString(dir.resolve("gradient.html"),
                "<html><body style=\"margin:0\"><div style=\"width:400px;height:50px;"
                + "background:linear-gradient(90deg,#101010,#181818)\"></div></body></html>");
        Path dithered = dir.resolve("dithered.png");
        Path plain = dir.resolve("plain.png");
        assertEquals(0, run("render", card.toString(), "--width", "400", "--height", "50", "-o", dithered.toString()));
        assertEquals(0, run("render", card.toString(), "--width", "400", "--height", "50", "--no-dither",
                "-o", plain.toString()));
        int plainChanges = changesAlongRow(plain, 10);
        assertTrue(plainChanges <= 8, "plain: one band per level, " + plainChanges + " changes");
        int ditheredChanges = changesAlongRow(dithered, 10);
        assertTrue(ditheredChanges > 4 * plainChanges, "dither alternates neighbouring levels: " + ditheredChanges
                + " changes vs " + plainChanges);
    }

    private static int changesAlongRow(Path png, int y) throws IOException {
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(png.toFile());
        int changes = 0;
        for (int x = 1; x < image.getWidth(); x++) {
            changes += image.getRGB(x, y) != image.getRGB(x - 1, y) ? 1 : 0;
        }
        return changes;
    }

    @Test
    void missingTemplate() {
        assertOneErrorLine(run("render", dir.resolve("nope.html").toString(), "-o", "x.png"),
                "template not found: " + dir.resolve("nope.html"));
    }

    @Test
    void missingDataFile() {
        Path data = dir.resolve("nope.json");
        assertOneErrorLine(run("render", template.toString(), "--data", data.toString(), "-o", "x.png"),
                "data file not found: " + data);
    }

    @Test
    void badJsonNamesLineAndColumn() throws IOException {
        Path data = Files.writeString(dir.resolve("d.json"), "{\n  \"title\": \"x\",\n  oops\n}");
        int code = run("render", template.toString(), "--data", data.toString(), "-o", "x.png");
        assertEquals(1, code);
        String line = err.toString().strip();
        assertTrue(line.startsWith("og-render: error: bad JSON in " + data + " at line 3, column "), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void jsonThatIsNotAnObject() throws IOException {
        Path data = Files.writeString(dir.resolve("d.json"), "[1, 2]");
        assertOneErrorLine(run("render", template.toString(), "--data", data.toString(), "-o", "x.png"),
                "data file " + data + " must hold a JSON object ({...})");
    }

    @Test
    void setWithoutEquals() {
        assertOneErrorLine(run("render", template.toString(), "--set", "title", "-o", "x.png"),
                "bad --set 'title': expected key=value, e.g. title=Hello or author.name=Jane");
    }

    @Test
    void setThroughAValue() throws IOException {
        Path data = Files.writeString(dir.resolve("d.json"), "{\"author\": \"Jane\"}");
        assertOneErrorLine(run("render", template.toString(), "--data", data.toString(),
                "--set", "author.name=Jo", "-o", "x.png"),
                "bad --set 'author.name=Jo': 'author' is a value, not an object");
    }

    @Test
    void unknownFormat() {
        assertOneErrorLine(run("render", template.toString(), "--format", "gif", "-o", "x.gif"),
                "unknown format 'gif'. Allowed: png | jpeg");
    }

    @Test
    void qualityOutOfRange() {
        assertOneErrorLine(run("render", template.toString(), "--quality", "1.5", "-o", "x.jpg"),
                "--quality must be 0.0-1.0, was 1.5");
    }

    @Test
    void badSize() {
        assertOneErrorLine(run("render", template.toString(), "--width", "0", "-o", "x.png"),
                "image size must be 1-8192 pixels each way, was 0x630");
    }

    @Test
    void missingOutputIsAUsageError() {
        assertEquals(2, run("render", template.toString()));
        String line = err.toString().strip();
        assertTrue(line.startsWith("og-render: error: Missing required option: '--output=<out>'"), line);
        assertFalse(line.contains("\n"), line);
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertEquals(2, run("render", template.toString(), "-o", "x.png", "--colour", "red"));
        assertTrue(err.toString().startsWith("og-render: error: Unknown option"), err.toString());
    }

    @Test
    void renderFailureIsOneLineWithoutStackTrace() {
        int code = run("render", template.toString(), "-o", dir.resolve("x.png").toString());
        assertEquals(1, code);
        assertFalse(err.toString().contains("\tat "), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void debugShowsTheStackTrace() {
        run("render", dir.resolve("nope.html").toString(), "--debug", "-o", "x.png");
        assertTrue(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void dottedSetCreatesNestedMaps() {
        Map<String, Object> data = new java.util.LinkedHashMap<>();
        DataLoader.set(data, "author.name=Jane=Doe");
        DataLoader.set(data, "title=");
        assertEquals(Map.of("author", Map.of("name", "Jane=Doe"), "title", ""), data);
    }

    @Test
    void formatFollowsTheFileExtension() {
        assertEquals("jpeg", RenderCommand.OutputFormat.resolve(null, Path.of("a/card.JPG")));
        assertEquals("png", RenderCommand.OutputFormat.resolve(null, Path.of("card.webp")));
    }

    /** Skipped, with its reason, until the engine lands; then it must pass. */
    @Test
    void rendersAPng() throws IOException {
        assumeTrue(engineAvailable(), "engine not written yet (Pipeline.render throws)");
        Path png = dir.resolve("out.png");
        Path data = Files.writeString(dir.resolve("d.json"), "{\"title\": \"Hello\"}");
        assertEquals(0, run("render", template.toString(), "--data", data.toString(), "-o", png.toString()),
                err.toString());
        byte[] bytes = Files.readAllBytes(png);
        assertEquals((byte) 0x89, bytes[0]);
        assertEquals('P', bytes[1]);
    }

    private static boolean engineAvailable() {
        try {
            OgRenderer.builder().build().render("<p>x</p>", Map.of());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }
}

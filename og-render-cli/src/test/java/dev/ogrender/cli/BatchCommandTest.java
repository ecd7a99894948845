package dev.ogrender.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

    private static final String SUMMARY = "rendered %d images in \\d+\\.\\d\\d s \\(\\d+\\.\\d img/s\\)";

    @TempDir
    Path dir;
    Path template;
    Path out;
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();

    @BeforeEach
    void writeTemplate() throws IOException {
        template = Files.writeString(dir.resolve("card.html"), "<html><body style=\"background:#123;color:#fff;"
                + "font-size:40px\"><h1>{{title}}</h1></body></html>");
        out = dir.resolve("out");
    }

    private int batch(String jsonl, String... more) throws IOException {
        Path data = Files.writeString(dir.resolve("items.jsonl"), jsonl);
        stdout = new StringWriter();
        stderr = new StringWriter();
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(stdout, true));
        cmd.setErr(new PrintWriter(stderr, true));
        List<String> args = new java.util.ArrayList<>(List.of("batch", template.toString(),
                "--data", data.toString(), "--out-dir", out.toString()));
        args.addAll(List.of(more));
        return cmd.execute(args.toArray(String[]::new));
    }

    private List<String> files() throws IOException {
        try (Stream<Path> list = Files.list(out)) {
            return list.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private String lastLine() {
        List<String> lines = stdout.toString().lines().toList();
        return lines.get(lines.size() - 1);
    }

    private static String items(int count) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < count; i++) {
            s.append("{\"name\": \"card-").append(i).append("\", \"title\": \"Card number ").append(i).append("\"}\n");
        }
        return s.toString();
    }

    @Test
    void rendersOnePngPerLine() throws IOException {
        assertEquals(0, batch(items(3)), stderr.toString());
        assertEquals(List.of("card-0.png", "card-1.png", "card-2.png"), files());
        byte[] png = Files.readAllBytes(out.resolve("card-1.png"));
        assertEquals((byte) 0x89, png[0]);
        assertEquals('P', png[1]);
        assertTrue(lastLine().matches(String.format(SUMMARY, 3)), lastLine());
        assertEquals("", stderr.toString());
    }

    @Test
    void badLinesAreReportedWithNumbersAndTheRestRender() throws IOException {
        String jsonl = "{\"name\": \"good-1\", \"title\": \"ok\"}\n"
                + "\n"
                + "not json\n"
                + "{\"title\": \"no name\"}\n"
                + "{\"name\": \"no-title\"}\n"
                + "[1, 2]\n"
                + "{\"name\": {\"a\": 1}, \"title\": \"x\"}\n"
                + "   \n"
                + "{\"name\": \"good-2\", \"title\": \"ok\"}";
        assertEquals(1, batch(jsonl, "--threads", "1"));
        assertEquals(List.of("good-1.png", "good-2.png"), files());
        // reading and rendering overlap, so a render failure may be reported after a later bad line
        List<String> errors = stderr.toString().lines().sorted().toList();
        assertEquals(5, errors.size(), stderr.toString());
        assertTrue(errors.get(0).startsWith("og-render: line 3: bad JSON at column 1: Unrecognized token 'not'"),
                errors.get(0));
        assertEquals("og-render: line 4: missing \"name\" (the image's file name)", errors.get(1));
        assertTrue(errors.get(2).startsWith("og-render: line 5: Missing data for {{title}}"), errors.get(2));
        assertEquals("og-render: line 6: expected a JSON object ({...}), found an array", errors.get(3));
        assertEquals("og-render: line 7: \"name\" must be a string, was an object", errors.get(4));
        assertTrue(lastLine().matches(String.format(SUMMARY, 2) + ", 5 failed"), lastLine());
    }

    @Test
    void namesCannotEscapeTheOutputFolder() throws IOException {
        String jsonl = "{\"name\": \"../escape\", \"title\": \"a\"}\n"
                + "{\"name\": \"/etc/passwd\", \"title\": \"b\"}\n"
                + "{\"name\": \"..\\\\..\\\\win\", \"title\": \"c\"}\n"
                + "{\"name\": \"sub/dir/x\", \"title\": \"d\"}\n"
                + "{\"name\": \"..\", \"title\": \"e\"}\n";
        assertEquals(1, batch(jsonl), stderr.toString());
        assertEquals(List.of("escape.png", "etc-passwd.png", "sub-dir-x.png", "win.png"), files());
        assertEquals(List.of("card.html", "items.jsonl", "out"), Files.list(dir)
                .map(p -> p.getFileName().toString()).sorted().toList());
        assertEquals("og-render: line 5: name '..' has no letter or digit to make a file name of",
                stderr.toString().strip());
    }

    @Test
    void fileNamesAreSanitised() {
        assertEquals("etc-passwd.png", BatchNames.fileName("../../etc/passwd", "png"));
        assertEquals("a-b-c.png", BatchNames.fileName("a/b\\c", "png"));
        assertEquals("x-y.png", BatchNames.fileName("x\u0000\ny\r", "png"));
        assertEquals("cafe-creme.png", BatchNames.fileName("café crème", "png"));
        assertEquals("card.png", BatchNames.fileName("card.PNG", "png"));
        assertEquals("card.jpg", BatchNames.fileName("card.jpeg", "jpg"));
        assertEquals("v1.2.png", BatchNames.fileName("v1..2", "png"));
        assertEquals("_CON.png", BatchNames.fileName("CON", "png"));
        assertEquals("_nul.txt.png", BatchNames.fileName("nul.txt", "png"));
        assertEquals(BatchNames.MAX_LENGTH + 4, BatchNames.fileName("x".repeat(300), "png").length());
        for (String bad : List.of("", "   ", "...", "/", "\u0001\u0002", "--")) {
            CliException e = org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
                    () -> BatchNames.fileName(bad, "png"), bad);
            assertTrue(e.getMessage().endsWith("has no letter or digit to make a file name of"), e.getMessage());
        }
        assertEquals("name '\\u0001' has no letter or digit to make a file name of",
                org.junit.jupiter.api.Assertions.assertThrows(CliException.class,
                        () -> BatchNames.fileName("\u0001", "png")).getMessage());
    }

    @Test
    void duplicateNamesAreReported() throws IOException {
        String jsonl = "{\"name\": \"Post\", \"title\": \"a\"}\n"
                + "{\"name\": \"post\", \"title\": \"b\"}\n"
                + "{\"name\": \"a/b\", \"title\": \"c\"}\n"
                + "{\"name\": \"a-b\", \"title\": \"d\"}\n"
                + "{\"name\": 7, \"title\": \"e\"}\n";
        assertEquals(1, batch(jsonl));
        assertEquals(List.of("7.png", "Post.png", "a-b.png"), files());
        assertEquals(List.of("og-render: line 2: duplicate name 'post': line 1 already writes post.png",
                "og-render: line 4: duplicate name 'a-b': line 3 already writes a-b.png"),
                stderr.toString().lines().toList());
        assertTrue(lastLine().endsWith(", 2 failed"), lastLine());
    }

    @Test
    void writesJpeg() throws IOException {
        assertEquals(0, batch(items(2), "--format", "jpeg", "--quality", "0.8"), stderr.toString());
        assertEquals(List.of("card-0.jpg", "card-1.jpg"), files());
        byte[] jpeg = Files.readAllBytes(out.resolve("card-0.jpg"));
        assertEquals((byte) 0xFF, jpeg[0]);
        assertEquals((byte) 0xD8, jpeg[1]);
    }

    @Test
    void twoThreadsWriteTheSameBytesAsOne() throws IOException {
        assertEquals(0, batch(items(8), "--threads", "1"), stderr.toString());
        Path one = Files.move(out, dir.resolve("one"));
        assertEquals(0, batch(items(8), "--threads", "2"), stderr.toString());
        assertEquals(8, files().size());
        for (String name : files()) {
            assertArrayEquals(Files.readAllBytes(one.resolve(name)), Files.readAllBytes(out.resolve(name)), name);
        }
        assertFalse(Files.readAllBytes(out.resolve("card-0.png")).length
                == Files.readAllBytes(out.resolve("card-1.png")).length
                && java.util.Arrays.equals(Files.readAllBytes(out.resolve("card-0.png")),
                        Files.readAllBytes(out.resolve("card-1.png"))), "different titles, different images");
    }

    @Test
    void progressBarOnlyWhenAsked() throws IOException {
        assertEquals(0, batch(items(3)));
        assertFalse(stderr.toString().contains("\r"), "no terminal here, so no bar: " + stderr);
        assertEquals(0, batch(items(3), "--progress", "always"));
        assertTrue(stderr.toString().contains("\r["), stderr.toString());
        assertTrue(stderr.toString().contains("/3 "), stderr.toString());
        assertTrue(lastLine().matches(String.format(SUMMARY, 3)), lastLine());
    }

    @Test
    void windowsLineEndingsAndNoFinalNewline() throws IOException {
        assertEquals(0, batch("{\"name\": \"a\", \"title\": \"x\"}\r\n\r\n{\"name\": \"b\", \"title\": \"y\"}"),
                stderr.toString());
        assertEquals(List.of("a.png", "b.png"), files());
    }

    @Test
    void helpShowsTheOptions() throws IOException {
        var cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(stdout, true));
        assertEquals(0, cmd.execute("batch", "--help"));
        for (String option : List.of("--data", "--out-dir", "--threads", "--format", "--progress")) {
            assertTrue(stdout.toString().contains(option), option + " in " + stdout);
        }
    }

    @Test
    void tooLongLineIsReportedNotKept() throws IOException {
        String jsonl = "{\"name\": \"x\", \"title\": \"" + "a".repeat(LineReader.MAX_LINE) + "\"}\n" + items(1);
        assertEquals(1, batch(jsonl));
        assertEquals(List.of("card-0.png"), files());
        assertEquals("og-render: line 1: line longer than 1048576 characters", stderr.toString().strip());
    }

    @Test
    void exitCodes() throws IOException {
        assertEquals(0, batch(""));
        assertTrue(lastLine().matches(String.format(SUMMARY, 0)), lastLine());
        assertEquals(1, batch(items(1), "--threads", "0"));
        assertEquals("og-render: error: --threads must be 1-256, was 0", stderr.toString().strip());
        assertEquals(1, batch(items(1), "--format", "gif"));
        assertEquals("og-render: error: unknown format 'gif'. Allowed: png | jpeg", stderr.toString().strip());
        Files.writeString(template, "<p>{{#open}}</p>");
        assertEquals(1, batch(items(1)));
        assertTrue(stderr.toString().startsWith("og-render: error: "), stderr.toString());
        assertEquals(1, stderr.toString().strip().lines().count(), stderr.toString());
        assertEquals(2, Main.commandLine().setErr(new PrintWriter(new StringWriter()))
                .execute("batch", template.toString(), "--data", "x.jsonl"));
    }

    @Test
    void missingDataFile() {
        var cmd = Main.commandLine();
        cmd.setErr(new PrintWriter(stderr, true));
        Path missing = dir.resolve("nope.jsonl");
        assertEquals(1, cmd.execute("batch", template.toString(), "--data", missing.toString(),
                "--out-dir", out.toString()));
        assertEquals("og-render: error: data file not found: " + missing, stderr.toString().strip());
    }
}

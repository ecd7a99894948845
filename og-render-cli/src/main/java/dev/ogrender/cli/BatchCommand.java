package dev.ogrender.cli;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.api.Template;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code og-render batch}: one template, a JSON Lines file of data, one image per line, rendered in
 * parallel. The template is compiled once; lines stream through a bounded queue, so a file of any
 * length renders in the same memory.
 */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Renders one image per line of a JSON Lines file, in parallel.",
            "Each line is one JSON object: the template's values, with \"name\" as the image's file name. "
                + "Names keep letters, digits, '-', '_' and '.'; other characters become '-', and the "
                + "extension is added. Blank lines are skipped. A bad line is reported with its number and "
                + "the rest still render; the exit code is then 1."},
        footer = {"", "Example (items.jsonl):",
            "  {\"name\": \"hello-world\", \"title\": \"Hello, world\"}",
            "  {\"name\": \"second-post\", \"title\": \"A second post\"}",
            "", "  og-render batch card.html --data items.jsonl --out-dir cards --threads 4"})
final class BatchCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<template.html>",
            description = "The template. Relative URLs in it resolve against its folder.")
    private Path template;

    @Option(names = "--data", required = true, paramLabel = "<items.jsonl>",
            description = "One JSON object per line, each with a \"name\".")
    private Path dataFile;

    @Option(names = "--out-dir", required = true, paramLabel = "<dir>",
            description = "The folder for the images; created if missing. Existing files are replaced.")
    private Path outDir;

    @Option(names = "--threads", paramLabel = "N",
            description = "Images rendered at once, each on one thread (default: the number of processors, "
                + "here ${DEFAULT-VALUE}).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--format", paramLabel = "png|jpeg", defaultValue = "png",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    private String format;

    @Option(names = "--quality", defaultValue = "0.9", description = "JPEG quality 0.0-1.0 (default: ${DEFAULT-VALUE}).")
    private float quality;

    @Option(names = "--width", defaultValue = "1200", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "630", description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--strict", description = "Fail a line on unsupported CSS instead of warning.")
    private boolean strict;

    @Option(names = "--no-dither", description = "Round gradients plainly instead of adding the ordered dither "
            + "Chromium draws: a gradient card's PNG is about half the size and codes about a third faster, "
            + "but wide, subtle gradients may show 1-level bands.")
    private boolean noDither;

    @Option(names = "--progress", paramLabel = "auto|always|never", defaultValue = "auto",
            description = "Progress bar on stderr: auto draws it only on a terminal (default: ${DEFAULT-VALUE}).")
    private String progress;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    private boolean debug;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (threads < 1 || threads > 256) {
            throw new CliException("--threads must be 1-256, was " + threads);
        }
        if (!(quality >= 0f && quality <= 1f)) {
            throw new CliException("--quality must be 0.0-1.0, was " + quality);
        }
        String outputFormat = RenderCommand.OutputFormat.resolve(format, Path.of("x"));
        boolean bar = showBar();
        if (!Files.isRegularFile(dataFile)) {
            throw new CliException("data file not found: " + dataFile);
        }
        String html = RenderCommand.readTemplate(template);
        // The batch is parallel across images (--threads); a PNG encode borrowing idle cores would only
        // blur what --threads means, so each image is coded on its own render thread.
        OgRenderer renderer = OgRenderer.builder().size(width, height).strict(strict).gradientDither(!noDither)
                .pngParallel(false)
                .baseDirectory(template.toAbsolutePath().getParent()).build();
        Template compiled = renderer.template(html);
        createFolder(outDir);
        BatchProgress report = new BatchProgress(spec.commandLine().getOut(), spec.commandLine().getErr(), bar,
                bar ? countLines(dataFile) : 0);
        BatchRun.Output output = new BatchRun.Output(outputFormat, quality,
                new BatchNames(outDir, outputFormat.equals("png") ? "png" : "jpg"));
        new BatchRun(compiled, output, report, threads).run(dataFile);
        report.finish();
        return report.failures() == 0 ? 0 : Main.EXIT_FAILURE;
    }

    private boolean showBar() {
        return switch (progress.toLowerCase(Locale.ROOT)) {
            case "auto" -> System.console() != null;
            case "always" -> true;
            case "never" -> false;
            default -> throw new CliException("unknown --progress '" + progress + "'. Allowed: auto | always | never");
        };
    }

    private static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new CliException("cannot create output folder " + folder + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    /** Counts lines for the bar's total: one quick pass over the bytes, nothing kept. */
    private static long countLines(Path file) throws IOException {
        long lines = 0;
        byte[] buffer = new byte[1 << 16];
        int last = '\n';
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buffer)) > 0; last = buffer[n - 1]) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                    }
                }
            }
        }
        return last == '\n' ? lines : lines + 1;
    }
}

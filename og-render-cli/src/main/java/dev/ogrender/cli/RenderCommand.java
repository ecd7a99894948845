package dev.ogrender.cli;

import dev.ogrender.api.OgRenderer;
import dev.ogrender.api.RenderResult;
import dev.ogrender.api.RenderWarning;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code og-render render}: one template plus data to one image file. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Renders one template to a PNG or JPEG file.",
        footer = {"", "Examples:",
            "  og-render render card.html --data post.json -o card.png",
            "  og-render render card.html --set title='Hello' --set author.name=Jane -o card.jpg --format jpeg"})
final class RenderCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<template.html>",
            description = "The template. Relative URLs in it resolve against its folder.")
    private Path template;

    @Option(names = "--data", paramLabel = "<file.json>", description = "A JSON object with the template's values.")
    private Path dataFile;

    @Option(names = "--set", paramLabel = "key=value",
            description = "Sets one value (a string), over --data. A dotted key (author.name=Jane) sets a "
                    + "value in a nested object, creating it if needed. Repeatable.")
    private List<String> sets = new ArrayList<>();

    @Option(names = "--width", defaultValue = "1200", description = "Image width in pixels (default: ${DEFAULT-VALUE}).")
    private int width;

    @Option(names = "--height", defaultValue = "630", description = "Image height in pixels (default: ${DEFAULT-VALUE}).")
    private int height;

    @Option(names = "--format", paramLabel = "png|jpeg",
            description = "Output format (default: from the output file's extension, else png).")
    private String format;

    @Option(names = "--quality", defaultValue = "0.9", description = "JPEG quality 0.0-1.0 (default: ${DEFAULT-VALUE}).")
    private float quality;

    @Option(names = "--strict", description = "Fail on unsupported CSS instead of warning.")
    private boolean strict;

    @Option(names = "--no-dither", description = "Round gradients plainly instead of adding the ordered dither "
            + "Chromium draws: a gradient card's PNG is about half the size and codes about a third faster, "
            + "but wide, subtle gradients may show 1-level bands.")
    private boolean noDither;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "<out>", description = "The image file to write.")
    private Path output;

    @Option(names = "--debug", description = "Print stack traces for errors.")
    private boolean debug;

    @Override
    public Integer call() {
        String outputFormat = OutputFormat.resolve(format, output);
        if (!(quality >= 0f && quality <= 1f)) {
            throw new CliException("--quality must be 0.0-1.0, was " + quality);
        }
        String html = readTemplate(template);
        Map<String, Object> data = DataLoader.load(dataFile);
        for (String assignment : sets) {
            DataLoader.set(data, assignment);
        }
        Path folder = template.toAbsolutePath().getParent();
        OgRenderer renderer = OgRenderer.builder().size(width, height).strict(strict).gradientDither(!noDither)
                .baseDirectory(folder).build();
        RenderResult result = renderer.template(html).render(data);
        for (RenderWarning warning : result.warnings()) {
            spec.commandLine().getErr().println("warning: " + warning);
        }
        spec.commandLine().getErr().flush();
        write(output, outputFormat.equals("png") ? result.png() : result.jpeg(quality));
        return 0;
    }

    static String readTemplate(Path template) {
        try {
            return Files.readString(template);
        } catch (NoSuchFileException e) {
            throw new CliException("template not found: " + template, e);
        } catch (CharacterCodingException e) {
            throw new CliException("template is not UTF-8 text: " + template, e);
        } catch (IOException e) {
            throw new CliException("cannot read template " + template + ": " + e.getMessage(), e);
        }
    }

    static void write(Path output, byte[] bytes) {
        // One write call for the whole image: Files.write hands the file system 8 KB at a time (12 calls
        // for a 92 KB card).
        try (FileChannel channel = FileChannel.open(output, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            throw new CliException("cannot write " + output + ": " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    /** The output format from --format or the file name. */
    static final class OutputFormat {
        private OutputFormat() {
        }

        static String resolve(String format, Path output) {
            if (format == null) {
                String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpeg" : "png";
            }
            return switch (format.toLowerCase(Locale.ROOT)) {
                case "png" -> "png";
                case "jpeg", "jpg" -> "jpeg";
                default -> throw new CliException("unknown format '" + format + "'. Allowed: png | jpeg");
            };
        }
    }
}

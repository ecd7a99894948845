package dev.ogrender.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code og-render cds}: writes an AppCDS archive (JDK 13+ dynamic archive) of the classes one render
 * loads, so later runs start faster with {@code java -XX:SharedArchiveFile=<archive> -jar og-render.jar}.
 *
 * <p>The archive belongs to this JDK build and this jar: the JVM ignores it (and runs normally) after
 * either changes, so it is made on the user's machine, never shipped. It is made by a second JVM that
 * renders a bundled sample card with {@code -XX:ArchiveClassesAtExit}, in the interpreter (see
 * {@link #trainingCommand}); this JVM only waits for it.
 */
@Command(name = "cds", mixinStandardHelpOptions = true,
        description = {"Makes a class-data archive so later runs start faster (AppCDS).",
            "Renders a sample card in a child JVM that records the classes it loads",
            "(in the interpreter, so no JIT state is archived; about 5 s).",
            "Then run",
            "  java -XX:SharedArchiveFile=<archive> -XX:TieredStopAtLevel=1 \\",
            "    -jar og-render.jar render ...",
            "or use bin/og-render, which makes and uses the archive by itself.",
            "Make it again after updating the JDK or og-render: the JVM ignores a stale",
            "archive (with a warning) and starts as slowly as without one."})
final class CdsCommand implements Callable<Integer> {

    private static final String TRAINING = "training/";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--archive", required = true, paramLabel = "<file.jsa>", description = "The archive to write.")
    private Path archive;

    @Option(names = "--debug", description = "Print stack traces and the child JVM's output.")
    private boolean debug;

    @Override
    public Integer call() throws IOException, InterruptedException {
        Path jar = ownJar();
        Path work = Files.createTempDirectory("og-render-cds");
        try {
            Path card = copyTraining(work, "blog-card.html");
            Path data = copyTraining(work, "blog-card.json");
            Path partial = Files.createTempFile(archive.toAbsolutePath().getParent(), ".og-render", ".jsa.part");
            Files.delete(partial);
            List<String> command = trainingCommand(javaLauncher(), jar, partial,
                    List.of("render", card.toString(), "--data", data.toString(), "-o", work.resolve("card.png").toString()));
            Process child = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(debug ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD).start();
            if (!child.waitFor(5, TimeUnit.MINUTES) || child.exitValue() != 0 || !Files.isRegularFile(partial)) {
                child.destroyForcibly();
                throw new CliException("the training run did not write an archive (exit "
                        + (child.isAlive() ? "timeout" : child.exitValue()) + "); run with --debug to see its output");
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            deleteTree(work);
        }
        spec.commandLine().getOut().println("wrote " + archive + " (" + Files.size(archive) / 1024 + " KiB); use it with"
                + System.lineSeparator() + "  java -XX:SharedArchiveFile=" + archive
                + " -XX:TieredStopAtLevel=1 -jar " + jar + " render ...");
        return 0;
    }

    /**
     * The training JVM's command line. It runs in the interpreter only ({@code -Xint}). A JDK before 21
     * copies each method's JIT flags into a dynamic archive as they are when the JVM exits (JDK-8306460,
     * fixed in 21). A method still waiting in the compile queue at that moment is then archived as queued,
     * and every JVM that starts with the archive leaves it interpreted for good. The sample card's last work
     * is its PNG, so the encoder's hottest methods can be just queued when the training ends: one training
     * run in six did that here, and a 1000-card batch with its archive took 58.5 s instead of 3.6 s. Without
     * the JIT, nothing is queued or marked uncompilable, and the archive holds only what it should: classes.
     */
    static List<String> trainingCommand(String java, Path jar, Path archive, List<String> args) {
        List<String> command = new ArrayList<>(List.of(java, "-Xint", "-XX:ArchiveClassesAtExit=" + archive,
                "-Djava.awt.headless=true", "-cp", jar.toString(), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    private static Path ownJar() {
        try {
            Path jar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                throw new CliException("og-render cds works from og-render.jar only, not from " + jar);
            }
            return jar;
        } catch (java.net.URISyntaxException | SecurityException e) {
            throw new CliException("cannot find og-render.jar: " + e.getMessage(), e);
        }
    }

    private static String javaLauncher() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static Path copyTraining(Path folder, String name) throws IOException {
        try (InputStream in = CdsCommand.class.getResourceAsStream(TRAINING + name)) {
            if (in == null) {
                throw new CliException("training file " + name + " missing from og-render.jar");
            }
            Path file = folder.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(f);
            }
        }
        Files.deleteIfExists(folder);
    }
}
